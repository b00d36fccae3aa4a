$ raserr 13800-13803; raserr 950-20000 | cut -c1-5; raserr 0-99999 | wc -l
--- stdout
13800  ERROR_IPSEC_IKE_NEG_STATUS_BEGIN
13801  IKE authentication credentials are unacceptable.
13802  IKE security attributes are unacceptable.
13803  IKE Negotiation in progress.
950  
951  
952  
953  
954  
955  
956  
334
--- stderr
--- exit 0
