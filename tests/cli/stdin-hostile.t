$ printf '691\r\n800\000809 \377\376 0x2B3\r\n\r\n' | raserr -f tsv | cut -f1,12; printf '691\r\n' | raserr -q; echo $?
--- stdout
691	691
691	0x2B3
0
--- stderr
raserr: 800\x00809: not a code, range or name
raserr: \xFF\xFE: not a code, range or name
--- exit 0
