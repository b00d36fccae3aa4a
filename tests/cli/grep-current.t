$ raserr --grep "user name and password combination"
--- stdout
691  Access denied because username and/or password is invalid on the domain.
--- stderr
--- exit 0
