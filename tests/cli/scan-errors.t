$ raserr -s -f tsv data/nope.log data . data/binary.bin > /dev/null; echo $?; raserr -s -f tsv data/nope.log data/binary.bin 2>/dev/null | cut -f1,14,15
--- stdout
2
651	data/binary.bin:1	1
720	data/binary.bin:1	1
--- stderr
raserr: data/nope.log: No such file or directory
raserr: data: Is a directory
raserr: .: Is a directory
--- exit 0
