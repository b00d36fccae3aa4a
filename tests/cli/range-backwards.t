$ raserr 700-600 691
--- stdout
691  Access denied because username and/or password is invalid on the domain.
  name     ERROR_AUTHENTICATION_FAILURE
  today    The remote connection was denied because the user name and password combination you provided is not recognized, or the selected authentication protocol is not permitted on the remote access server.
  check    Wrong user name or password, a missing or wrong domain, or an authentication protocol the server does not accept (for example PAP or CHAP when it requires MS-CHAP v2). Check the credentials first, then the protocols on both sides.
  not RAS  ERROR_DBG_TERMINATE_THREAD: Debugger terminated thread.
--- stderr
raserr: 700-600: range runs backwards
--- exit 2
