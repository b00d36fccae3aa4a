$ raserr -f tsv 599 691
--- stdout
691	ERROR_AUTHENTICATION_FAILURE	Access denied because username and/or password is invalid on the domain.		RAS	The remote connection was denied because the user name and password combination you provided is not recognized, or the selected authentication protocol is not permitted on the remote access server.			Wrong user name or password, a missing or wrong domain, or an authentication protocol the server does not accept (for example PAP or CHAP when it requires MS-CHAP v2). Check the credentials first, then the protocols on both sides.	ERROR_DBG_TERMINATE_THREAD	Debugger terminated thread.	691						
--- stderr
raserr: 599: not a known RAS code
--- exit 1
