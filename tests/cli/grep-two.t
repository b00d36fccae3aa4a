$ raserr -g pptp -g "ipv6|generic routing"
--- stdout
825  Point-to-Point Tunnelling Protocol (PPTP) is incompatible with IPv6. Change the type of virtual private network to Layer Two Tunnelling Protocol (L2TP)
--- stderr
--- exit 0
--- posix
