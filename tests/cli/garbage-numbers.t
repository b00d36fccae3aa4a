$ raserr 12abc; echo $?; raserr 0-; echo $?; raserr 99999999999999999999; echo $?; raserr 6.91 VPN; echo $?
--- stdout
2
2
2
2
--- stderr
raserr: 12abc: not a code, range or name
raserr: 0-: malformed range
raserr: 99999999999999999999: number out of range
raserr: 6.91: not a code, range or name
--- exit 0
