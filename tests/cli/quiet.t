$ raserr -q 691; echo "found $?"; raserr --quiet 691 599; echo "not found $?"; raserr -q 691 0-; echo "bad $?"; raserr -q -g L2TP; echo "grep $?"; raserr -q 599 0-; echo "none found, bad $?"; raserr -q 599; echo "none found $?"
--- stdout
found 0
not found 0
bad 0
grep 0
none found, bad 2
none found 1
--- stderr
raserr: 0-: malformed range
raserr: 0-: malformed range
--- exit 0
