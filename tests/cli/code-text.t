$ raserr 691
--- stdout
691  Access denied because username and/or password is invalid on the domain.
  name     ERROR_AUTHENTICATION_FAILURE
  today    The remote connection was denied because the user name and password combination you provided is not recognized, or the selected authentication protocol is not permitted on the remote access server.
  check    The server rejected the user name and password, or the authentication protocol the client offered. Re-enter the credentials first, then check the allowed protocols; deleting and recreating the connection can also help.
  source   https://github.com/hwdsl2/setup-ipsec-vpn/blob/master/docs/clients.md#windows-error-789-or-691
  not RAS  ERROR_DBG_TERMINATE_THREAD: Debugger terminated thread.
--- stderr
--- exit 0
