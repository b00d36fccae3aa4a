$ raserr authentication_failure Pending | grep -v "^  "
--- stdout
691  Access denied because username and/or password is invalid on the domain.

600  An operation is pending.
--- stderr
--- exit 0
