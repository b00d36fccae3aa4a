$ printf 'x\360\217\277\277 y\364\220\200\200 z\355\240\200 w\340\237\277 u\301\277 v\360\220\200\200\377 \303\251\342\202\254 t\302\260\337\277\340\240\200\357\277\275\364\217\277\277\377\n' | raserr; echo $?
--- stdout
2
--- stderr
raserr: x\xF0\x8F\xBF\xBF: not a code, range or name
raserr: y\xF4\x90\x80\x80: not a code, range or name
raserr: z\xED\xA0\x80: not a code, range or name
raserr: w\xE0\x9F\xBF: not a code, range or name
raserr: u\xC1\xBF: not a code, range or name
raserr: v𐀀\xFF: not a code, range or name
raserr: t°߿ࠀ�􏿿\xFF: not a code, range or name
--- exit 0
