$ raserr -g "a(" -g x 2>/dev/null; echo $?; raserr -g "a(" 2>&1 | cut -d: -f1,2
--- stdout
2
raserr: bad pattern a(
--- stderr
--- exit 0
