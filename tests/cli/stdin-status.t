$ raserr -q
--- stdin
691 # a comment 800

  800,809	0x2B3
# 613
12abc 599
--- stdout
--- stderr
raserr: 12abc: not a code, range or name
--- exit 0
