$ raserr 2147483647 2147483648 4294967295 4294967296 9223372036854775807 9223372036854775808 18446744073709551615 18446744073709551616; echo $?; raserr 0x7FFFFFFF 0x80000000 0xFFFFFFFF 0x100000000 0x8000000000000000 0x10000000000000000; echo $?; raserr 80000000h FFFFFFFFh 100000000h 8000000000000000h; echo $?; raserr -2147483648 -2147483649 -4294967296 -9223372036854775808 -18446744073709551616; echo $?; raserr 600-2147483648 600-18446744073709551616 0x258-0x100000000; echo $?
--- stdout
2
2
2
2
2
--- stderr
raserr: 2147483647 is not a RAS code
raserr: 2147483648 is an HRESULT with facility 0, not a RAS code
raserr: 4294967295 is not a RAS code
raserr: 4294967296: number out of range
raserr: 9223372036854775807: number out of range
raserr: 9223372036854775808: number out of range
raserr: 18446744073709551615: number out of range
raserr: 18446744073709551616: number out of range
raserr: 0x7FFFFFFF is not a RAS code
raserr: 0x80000000 is an HRESULT with facility 0, not a RAS code
raserr: 0xFFFFFFFF is not a RAS code
raserr: 0x100000000: number out of range
raserr: 0x8000000000000000: number out of range
raserr: 0x10000000000000000: number out of range
raserr: 80000000h is an HRESULT with facility 0, not a RAS code
raserr: 100000000h: number out of range
raserr: 8000000000000000h: number out of range
raserr: -2147483648 is an HRESULT with facility 0, not a RAS code
raserr: -2147483649: number out of range
raserr: -4294967296: number out of range
raserr: -9223372036854775808: number out of range
raserr: -18446744073709551616: number out of range
raserr: 600-2147483648: range end out of range (0-99999)
raserr: 600-18446744073709551616: range end out of range (0-99999)
raserr: 0x258-0x100000000: range end out of range (0-99999)
--- exit 0
