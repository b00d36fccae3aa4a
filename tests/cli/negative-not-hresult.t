$ raserr -5 -1 -2147483647 -2147024891
--- stdout
--- stderr
raserr: -5 is not a RAS code
raserr: -1 is not a RAS code
raserr: -2147483647 is an HRESULT with facility 0, not a RAS code
raserr: -2147024891 = 0x80070005 → HRESULT_FROM_WIN32(5): not a known RAS code
--- exit 1
