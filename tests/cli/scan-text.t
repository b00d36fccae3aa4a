$ raserr --scan data/vpn.log
--- stdout
809  The network connection between your computer and the VPN server could not be established because the remote server is not responding. This could be because one of the network devices (e.g., firewalls, NAT, routers, etc.) between your computer and the remote server is not configured to allow VPN connections. Please contact your Administrator or your service provider to determine which device may be causing the problem.
  name     ERROR_VPN_TIMEOUT
  seen     3 times, first at data/vpn.log:2
  note     New in Windows Vista. The SDK defines it with no version guard, hence no windows value.
  check    The VPN server never replied. Usually UDP 500 and/or 4500, the IKE ports that IKEv2 and L2TP/IPsec need, is blocked by a firewall, NAT device or router between client and server; check each device on the path.
  source   https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/troubleshoot-always-on-vpn
  not RAS  ERROR_FILE_METADATA_OPTIMIZATION_IN_PROGRESS

691  Access denied because username and/or password is invalid on the domain.
  name     ERROR_AUTHENTICATION_FAILURE
  seen     3 times, first at data/vpn.log:4
  today    The remote connection was denied because the user name and password combination you provided is not recognized, or the selected authentication protocol is not permitted on the remote access server.
  check    The server rejected the user name and password, or the authentication protocol the client offered. Re-enter the credentials first, then check the allowed protocols; deleting and recreating the connection can also help.
  source   https://github.com/hwdsl2/setup-ipsec-vpn/blob/master/docs/clients.md#windows-error-789-or-691
  not RAS  ERROR_DBG_TERMINATE_THREAD: Debugger terminated thread.

800  Unable to establish the VPN connection. The VPN server may be un-reachable, or security parameters may not be configured properly for this connection.
  name     ERROR_AUTOMATIC_VPN_FAILED
  seen     1 time, first at data/vpn.log:8
  today    The remote connection was not made because the attempted VPN tunnels failed. The VPN server might be unreachable. If this connection is attempting to use an L2TP/IPsec tunnel, the security parameters required for IPsec negotiation might not be configured properly.
  check    Every tunnel type tried failed. Set the VPN type explicitly instead of Automatic, make sure UDP 500 and 4500 are not blocked, and check that client and server have correct certificates for IKE.
  source   https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/troubleshoot-always-on-vpn
  not RAS  ERROR_OPLOCK_SWITCHED_TO_NEW_HANDLE: The oplock that was associated with this handle is now associated with a different handle.

806  A connection between your computer and the VPN server has been started, but the VPN connection cannot be completed. The most common cause for this is that at least one Internet device (for example, a firewall or a router) between your computer and the VPN server is not configured to allow Generic Routing Encapsulation (GRE) protocol packets. If the problem persists, contact your network administrator or Internet service provider.
  name     ERROR_VPN_GRE_BLOCKED
  seen     1 time, first at data/vpn.log:8
  today    The VPN connection between your computer and the VPN server could not be completed. The most common cause for this failure is that at least one Internet device (for example, a firewall or a router) between your computer and the VPN server is not configured to allow Generic Routing Encapsulation (GRE) protocol packets. If the problem persists, contact your network administrator or Internet Service Provider.
  note     New in Windows Vista. The SDK defines it with no version guard, hence no windows value.
  check    The control connection worked but tunnel data did not: the path blocks GRE (IP protocol 47), which PPTP needs. Open GRE on firewalls and NAT routers or use another VPN type.
  source   https://learn.microsoft.com/en-us/windows/win32/rras/routing-and-remote-access-error-codes
  not RAS  ERROR_FILE_HANDLE_REVOKED: Access to the specified file handle has been revoked.

807  The network connection between your computer and the VPN server was interrupted. This can be caused by a problem in the VPN transmission and is commonly the result of internet latency or simply that your VPN server has reached capacity. Please try to reconnect to the VPN server. If this problem persists, contact the VPN administrator and analyze quality of network connectivity.
  name     ERROR_VPN_DISCONNECT
  seen     1 time, first at data/vpn.log:8
  note     New in Windows Vista. The SDK defines it with no version guard, hence no windows value.
  check    The tunnel dropped: check the stability and latency of the network path, and whether the server is at its connection limit.
  source   https://learn.microsoft.com/en-us/windows/win32/rras/routing-and-remote-access-error-codes
  not RAS  ERROR_IMAGE_AT_DIFFERENT_BASE: An image file was mapped at a different address from the one specified in the image file but fixups will still be automatically performed on the image.
--- stderr
--- exit 0
