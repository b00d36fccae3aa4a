$ raserr 0x800702B3 -2147024205 | grep -e "^[0-9]" -e "read as"; raserr 0x80004005 -1 4294967296 0x100000000 2147483648; echo $?
--- stdout
691  Access denied because username and/or password is invalid on the domain.
  read as  0x800702B3 → HRESULT_FROM_WIN32(691)
691  Access denied because username and/or password is invalid on the domain.
  read as  -2147024205 = 0x800702B3 → HRESULT_FROM_WIN32(691)
2
--- stderr
raserr: 0x80004005 is an HRESULT with facility 0, not a RAS code
raserr: -1 is not a RAS code
raserr: 4294967296: number out of range
raserr: 0x100000000: number out of range
raserr: 2147483648 is an HRESULT with facility 0, not a RAS code
--- exit 0
