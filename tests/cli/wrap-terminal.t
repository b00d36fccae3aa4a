$ for w in 40 80 200; do script -qec "stty cols $w -onlcr; raserr --color=never 13932 815" /dev/null; done
--- stdout
13932  IPsec DoS Protection failed to
       create a per internal IP rate
       limit queue because the maximum
       number of queues allowed by
       policy has been reached.
  name     ERROR_IPSEC_DOSP_MAX_PER_IP_RATELIMIT_QUEUES
  family   IPsec IKE (winerror.h), not
           RAS

815  The broadband network connection
     could not be established on your
     computer because the remote server
     is not responding. This could be
     caused by an invalid value for the
     ‘Service Name’ field for this
     connection. Please contact your
     Internet Service Provider and
     inquire about the correct value for
     this field and update it in the
     Connection Properties.
  name     ERROR_BROADBAND_TIMEOUT
  also     Failed to connect.
  today    The broadband network
           conection could not be
           established on your computer
           because the remote server is
           not responding. This could be
           caused by an invalid value
           for the 'Service Name' field
           for this connection. Please
           contact your Internet Service
           Provider and inquire about
           the correct value for this
           field and update it in the
           Connection Properties.
  note     New in Windows Vista. The SDK
           defines it with no version
           guard, hence no windows
           value.
  not RAS  ERROR_ENCLAVE_VIOLATION
13932  IPsec DoS Protection failed to create a per internal IP rate limit queue
       because the maximum number of queues allowed by policy has been reached.
  name     ERROR_IPSEC_DOSP_MAX_PER_IP_RATELIMIT_QUEUES
  family   IPsec IKE (winerror.h), not RAS

815  The broadband network connection could not be established on your computer
     because the remote server is not responding. This could be caused by an
     invalid value for the ‘Service Name’ field for this connection. Please
     contact your Internet Service Provider and inquire about the correct value
     for this field and update it in the Connection Properties.
  name     ERROR_BROADBAND_TIMEOUT
  also     Failed to connect.
  today    The broadband network conection could not be established on your
           computer because the remote server is not responding. This could be
           caused by an invalid value for the 'Service Name' field for this
           connection. Please contact your Internet Service Provider and inquire
           about the correct value for this field and update it in the
           Connection Properties.
  note     New in Windows Vista. The SDK defines it with no version guard, hence
           no windows value.
  not RAS  ERROR_ENCLAVE_VIOLATION
13932  IPsec DoS Protection failed to create a per internal IP rate limit queue because the maximum number of queues allowed by policy has been reached.
  name     ERROR_IPSEC_DOSP_MAX_PER_IP_RATELIMIT_QUEUES
  family   IPsec IKE (winerror.h), not RAS

815  The broadband network connection could not be established on your computer because the remote server is not responding. This could be caused by an invalid value for the ‘Service Name’ field for
     this connection. Please contact your Internet Service Provider and inquire about the correct value for this field and update it in the Connection Properties.
  name     ERROR_BROADBAND_TIMEOUT
  also     Failed to connect.
  today    The broadband network conection could not be established on your computer because the remote server is not responding. This could be caused by an invalid value for the 'Service Name' field
           for this connection. Please contact your Internet Service Provider and inquire about the correct value for this field and update it in the Connection Properties.
  note     New in Windows Vista. The SDK defines it with no version guard, hence no windows value.
  not RAS  ERROR_ENCLAVE_VIOLATION
--- stderr
--- exit 0
--- posix lines broken at exactly the width: a Windows console keeps its last column free, and Wine draws it with cursor moves (wrap-console.t checks the console)
