$ raserr --grep "user name and password combination"
--- stdout
691  Access denied because username and/or password is invalid on the domain.
  today    The remote connection was denied because the user name and password combination you provided is not recognized, or the selected authentication protocol is not permitted on the remote access server.
--- stderr
--- exit 0
