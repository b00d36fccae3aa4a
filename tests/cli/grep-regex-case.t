$ raserr -g "^error_vpn_" -g "CERT"
--- stdout
810  A network connection between your computer and the VPN server was started, but the VPN connection was not completed. This is typically caused by the use of an incorrect or expired certificate for authentication between the client and the server. Please contact your Administrator to ensure that the certificate being used for authentication is valid.
  name     ERROR_VPN_BAD_CERT
--- stderr
--- exit 0
