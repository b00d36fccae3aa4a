$ raserr 800702B3 8007026f | grep -e '^[0-9]' -e 'read as'; raserr 80004005 80070005
--- stdout
691  Access denied because username and/or password is invalid on the domain.
  read as  800702B3 = 0x800702B3 → HRESULT_FROM_WIN32(691)
623  Cannot find the phone book entry.
  read as  8007026f = 0x8007026F → HRESULT_FROM_WIN32(623)
--- stderr
raserr: 80004005 is an HRESULT with facility 0, not a RAS code
raserr: 80070005 = 0x80070005 → HRESULT_FROM_WIN32(5): not a known RAS code
--- exit 1
