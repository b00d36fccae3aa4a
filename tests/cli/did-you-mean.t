$ raserr ERROR_VPN_TIMOUT authentication_falure error_pendng xyzzy; raserr xyzzy
--- stdout
--- stderr
raserr: ERROR_VPN_TIMOUT: unknown name; did you mean ERROR_VPN_TIMEOUT?
raserr: authentication_falure: unknown name; did you mean ERROR_AUTHENTICATION_FAILURE?
raserr: error_pendng: unknown name; did you mean PENDING?
raserr: xyzzy: no code in this text; try raserr --grep WORD
--- exit 1
