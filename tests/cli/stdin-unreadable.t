$ raserr < . 2>&1 | cut -d: -f1,2; raserr < . 2>/dev/null; echo $?; raserr -s < . 2>&1 | cut -d: -f1,2; raserr -s < . 2>/dev/null; echo $?
--- stdout
raserr: standard input
2
raserr: -
2
--- stderr
--- exit 0
