$ raserr 599 NOT_A_NAME 947 0x80070005 100000
--- stdout
--- stderr
raserr: 599: not a known RAS code
raserr: NOT_A_NAME: unknown name
raserr: 947: not a known RAS code
raserr: 0x80070005 → HRESULT_FROM_WIN32(5): not a known RAS code
raserr: 100000 is not a RAS code
--- exit 1
