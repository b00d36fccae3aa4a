$ raserr -f tsv | cut -f1,12
--- stdin
VPN error 809
L2TP connection failed
#691 # a comment 800
691#x
# 600
plain words
--- stdout
809	809
691	#691
691	691
--- stderr
raserr: L2TP connection failed: no code in this text; try raserr --grep L2TP
raserr: plain words: no code in this text; try raserr --grep plain
--- exit 0
