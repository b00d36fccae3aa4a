$ raserr VPN error 809 | head -1; raserr 'The error code returned on failure is 809.' -f tsv | cut -f1,12; raserr the ERROR_VPN_TIMOUT happened 2>&1; raserr 'The remote connection was denied because the user name and password combination you provided is not recognized' -f tsv | cut -f1,12
--- stdout
809  The network connection between your computer and the VPN server could not be established because the remote server is not responding. This could be because one of the network devices (e.g., firewalls, NAT, routers, etc.) between your computer and the remote server is not configured to allow VPN connections. Please contact your Administrator or your service provider to determine which device may be causing the problem.
809	809.
raserr: ERROR_VPN_TIMOUT: unknown name; did you mean ERROR_VPN_TIMEOUT?
691	The remote connection was denied because the user name and password combination you provided is not recognized
--- stderr
--- exit 0
