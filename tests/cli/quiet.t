$ raserr -q 691; echo "found $?"; raserr --quiet 691 599; echo "not found $?"; raserr -q 691 x-y; echo "bad $?"; raserr -q -g L2TP; echo "grep $?"
--- stdout
found 0
not found 1
bad 2
grep 0
--- stderr
raserr: x-y: malformed range
--- exit 0
