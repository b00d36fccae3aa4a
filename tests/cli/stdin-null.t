$ raserr < /dev/null; echo $?; raserr -s < /dev/null; echo $?; raserr -f tsv - 691 < /dev/null | cut -f1
--- stdout
0
1
691
--- stderr
--- exit 0
