$ raserr -q -s data/vpn.log /nonexistent; echo $?; raserr -q 691 12abc; echo $?; raserr -q 12abc; echo $?
--- stdout
0
0
2
--- stderr
raserr: /nonexistent: No such file or directory
raserr: 12abc: not a code, range or name
raserr: 12abc: not a code, range or name
--- exit 0
