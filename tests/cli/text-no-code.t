$ raserr L2TP connection failed; echo $?; raserr xyzzy plugh; echo $?; raserr -q VPN broken; echo $?; raserr 'a very long line of pasted prose that goes on and on and on past sixty bytes of it'
--- stdout
1
1
1
--- stderr
raserr: L2TP connection failed: no code in this text; try raserr --grep L2TP
raserr: xyzzy plugh: no code in this text; try raserr --grep WORD
raserr: a very long line of pasted prose that goes on and on and on ...: no code in this text; try raserr --grep very
--- exit 1
