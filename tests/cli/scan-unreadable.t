$ raserr -s -q /proc/self/mem data/binary.bin; echo $?; raserr -s -f tsv /proc/self/mem data/binary.bin 2>/dev/null | cut -f1
--- stdout
2
651
720
--- stderr
raserr: /proc/self/mem: Input/output error
--- exit 0
--- posix
