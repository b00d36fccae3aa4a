$ raserr -f tsv 599 691
--- stdout
691	ERROR_AUTHENTICATION_FAILURE	Access denied because username and/or password is invalid on the domain.		RAS	The remote connection was denied because the user name and password combination you provided is not recognized, or the selected authentication protocol is not permitted on the remote access server.			The server rejected the user name and password, or the authentication protocol the client offered. Re-enter the credentials first, then check the allowed protocols; deleting and recreating the connection can also help.	ERROR_DBG_TERMINATE_THREAD	Debugger terminated thread.	691				https://github.com/hwdsl2/setup-ipsec-vpn/blob/master/docs/clients.md#windows-error-789-or-691		
--- stderr
raserr: 599: not a known RAS code
--- exit 1
