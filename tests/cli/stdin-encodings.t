$ printf '\357\273\277691\n' | raserr -f tsv | cut -f1,12; printf '\377\3766\0009\0001\000\r\000\n\0008\0000\0009\000\r\000\n\000' | raserr -f tsv | cut -f1,12
--- stdout
691	691
691	691
809	809
--- stderr
--- exit 0
