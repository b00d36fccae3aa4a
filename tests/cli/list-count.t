$ raserr --list | wc -l; raserr -l | head -2; raserr -l | tail -1
--- stdout
461
600    An operation is pending.
601    The port handle is invalid.
13932  IPsec DoS Protection failed to create a per internal IP rate limit queue because the maximum number of queues allowed by policy has been reached.
--- stderr
--- exit 0
