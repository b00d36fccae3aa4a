$ printf '\377\3766\0009\0001\000\000\010\n\000x\000\377\007\n\000y\000\377\377\n\000z\000\000\330\000\334\200\000\n\0006\0009\0001\000\177\000\n\000' | raserr; echo $?
--- stdout
2
--- stderr
raserr: 691ࠀ: not a code, range or name
raserr: x߿: no code in this text; try raserr --grep WORD
raserr: y￿: no code in this text; try raserr --grep WORD
raserr: z𐀀: no code in this text; try raserr --grep WORD
raserr: 691\x7F: not a code, range or name
--- exit 0
