$ script -qec "stty cols 0 -onlcr; COLUMNS=50 raserr --color=never 13932; COLUMNS=x raserr --color=never 13932 | head -2" /dev/null; COLUMNS=30 raserr 13932 | head -1
--- stdout
13932  IPsec DoS Protection failed to create a per
       internal IP rate limit queue because the
       maximum number of queues allowed by policy
       has been reached.
  name     ERROR_IPSEC_DOSP_MAX_PER_IP_RATELIMIT_QUEUES
  family   IPsec IKE (winerror.h), not RAS
13932  IPsec DoS Protection failed to create a per internal IP rate limit queue because the maximum number of queues allowed by policy has been reached.
  name     ERROR_IPSEC_DOSP_MAX_PER_IP_RATELIMIT_QUEUES
13932  IPsec DoS Protection failed to create a per internal IP rate limit queue because the maximum number of queues allowed by policy has been reached.
--- stderr
--- exit 0
--- posix lines broken at exactly the width: a Windows console keeps its last column free, and Wine draws it with cursor moves (wrap-console.t checks the console)
