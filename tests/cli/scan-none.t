$ raserr --scan data/clean.log; echo $?; raserr -s -q data/vpn.log; echo $?
--- stdout
1
0
--- stderr
--- exit 0
