$ raserr -s -q /proc/self/mem data/binary.bin 2>/dev/null; echo $?; raserr -s -q /proc/self/mem 2>&1 | cut -d: -f1,2; raserr -s -f tsv /proc/self/mem data/binary.bin 2>/dev/null | cut -f1
--- stdout
0
raserr: /proc/self/mem
651
720
--- stderr
--- exit 0
