$ raserr 691 800 613
--- stdout
691  Access denied because username and/or password is invalid on the domain.
  name     ERROR_AUTHENTICATION_FAILURE
  today    The remote connection was denied because the user name and password combination you provided is not recognized, or the selected authentication protocol is not permitted on the remote access server.
  check    The server rejected the user name and password, or the authentication protocol the client offered. Re-enter the credentials first, then check the allowed protocols; deleting and recreating the connection can also help.
  source   https://github.com/hwdsl2/setup-ipsec-vpn/blob/master/docs/clients.md#windows-error-789-or-691
  not RAS  ERROR_DBG_TERMINATE_THREAD: Debugger terminated thread.

800  Unable to establish the VPN connection. The VPN server may be un-reachable, or security parameters may not be configured properly for this connection.
  name     ERROR_AUTOMATIC_VPN_FAILED
  today    The remote connection was not made because the attempted VPN tunnels failed. The VPN server might be unreachable. If this connection is attempting to use an L2TP/IPsec tunnel, the security parameters required for IPsec negotiation might not be configured properly.
  check    Every tunnel type tried failed. Set the VPN type explicitly instead of Automatic, make sure UDP 500 and 4500 are not blocked, and check that client and server have correct certificates for IKE.
  source   https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/troubleshoot-always-on-vpn
  not RAS  ERROR_OPLOCK_SWITCHED_TO_NEW_HANDLE: The oplock that was associated with this handle is now associated with a different handle.

613  Invalid compression specified.
  name     ERROR_INVALID_COMPRESSION_SPECIFIED
  today    An invalid compression was specified.
  windows  not used since Windows Vista
  not RAS  ERROR_REGISTRY_QUOTA_LIMIT: {Low On Registry Space} The system has reached the maximum size allowed for the system part of the registry. Additional storage requests will be ignored.
--- stderr
--- exit 0
