$ raserr 13801 ERROR_IPSEC_IKE_NO_CERT
--- stdout
13801  IKE authentication credentials are unacceptable.
  name     ERROR_IPSEC_IKE_AUTH_FAIL
  family   IPsec IKE (winerror.h), not RAS
  check    IKE authentication failed on certificates: check that the server certificate has the Server Authentication EKU and has not expired, that the client trusts its root CA, and that the name dialed matches the certificate.
  source   https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/troubleshoot-always-on-vpn

13806  IKE failed to find valid machine certificate. Contact your Network Security Administrator about installing a valid certificate in the appropriate Certificate Store.
  name     ERROR_IPSEC_IKE_NO_CERT
  family   IPsec IKE (winerror.h), not RAS
  check    IKE found no valid machine certificate. Make sure the required machine certificate and its root certificate are installed on both the client and the VPN server.
  source   https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/troubleshoot-always-on-vpn
--- stderr
--- exit 0
