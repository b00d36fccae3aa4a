$ printf '提示一e=691\n一L2TP691\n' | raserr -s -f tsv | cut -f1,14
--- stdout
691	(standard input):1
--- stderr
--- exit 0
