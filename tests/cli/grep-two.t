$ raserr -g pptp -g "ipv6|generic routing"
--- stdout
806  A connection between your computer and the VPN server has been started, but the VPN connection cannot be completed. The most common cause for this is that at least one Internet device (for example, a firewall or a router) between your computer and the VPN server is not configured to allow Generic Routing Encapsulation (GRE) protocol packets. If the problem persists, contact your network administrator or Internet service provider.
  check    The control connection worked but tunnel data did not: the path blocks GRE (IP protocol 47), which PPTP needs. Open GRE on firewalls and NAT routers or use another VPN type.
825  Point-to-Point Tunnelling Protocol (PPTP) is incompatible with IPv6. Change the type of virtual private network to Layer Two Tunnelling Protocol (L2TP)
--- stderr
--- exit 0
