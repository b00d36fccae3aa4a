$ printf '\377\376E\000r\000r\000o\000r\000 \0008\0000\0009\000\r\000\n\000' | raserr -s -f tsv | cut -f1,14,15
--- stdout
809	(standard input):1	1
--- stderr
--- exit 0
