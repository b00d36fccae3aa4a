$ raserr -f tsv | cut -f1,2,12
--- stdin
691 # a comment 800

  800,809	0x2B3
# 613
12abc 599
--- stdout
691	ERROR_AUTHENTICATION_FAILURE	691
800	ERROR_AUTOMATIC_VPN_FAILED	800
809	ERROR_VPN_TIMEOUT	809
691	ERROR_AUTHENTICATION_FAILURE	0x2B3
--- stderr
raserr: 12abc: not a code, range or name
raserr: 599: not a known RAS code
--- exit 0
