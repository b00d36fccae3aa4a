$ raserr -2147024205 -f tsv -- -1 | cut -f1; raserr -g -5; echo $?
--- stdout
691
1
--- stderr
raserr: -1 is not a RAS code
--- exit 0
