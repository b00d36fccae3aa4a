$ raserr -v -l | grep -c " $"; raserr -v -l | grep -c "	"; raserr -l -f json | wc -l; raserr -l -f tsv | awk -F"\t" "NF != 18" | wc -l
--- stdout
0
0
461
0
--- stderr
--- exit 0
