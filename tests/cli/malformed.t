$ raserr 12abc 99999999999999999999 0- "" "  " 691 -q +1 0x
--- stdout
--- stderr
raserr: 12abc: not a code, range or name
raserr: 99999999999999999999: number out of range
raserr: 0-: malformed range
raserr: empty operand
raserr: empty operand
raserr: +1: not a code, range or name
raserr: 0x: not a code, range or name
--- exit 0
