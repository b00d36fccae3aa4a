$ raserr 13801 ERROR_IPSEC_IKE_NO_CERT
--- stdout
13801  IKE authentication credentials are unacceptable.
  name     ERROR_IPSEC_IKE_AUTH_FAIL
  family   IPsec IKE (winerror.h), not RAS

13806  IKE failed to find valid machine certificate. Contact your Network Security Administrator about installing a valid certificate in the appropriate Certificate Store.
  name     ERROR_IPSEC_IKE_NO_CERT
  family   IPsec IKE (winerror.h), not RAS
--- stderr
--- exit 0
