$ raserr 691 800 613
--- stdout
691  Access denied because username and/or password is invalid on the domain.
  name     ERROR_AUTHENTICATION_FAILURE
  today    The remote connection was denied because the user name and password combination you provided is not recognized, or the selected authentication protocol is not permitted on the remote access server.
  check    Wrong user name or password, a missing or wrong domain, or an authentication protocol the server does not accept (for example PAP or CHAP when it requires MS-CHAP v2). Check the credentials first, then the protocols on both sides.
  not RAS  ERROR_DBG_TERMINATE_THREAD: Debugger terminated thread.

800  Unable to establish the VPN connection. The VPN server may be un-reachable, or security parameters may not be configured properly for this connection.
  name     ERROR_AUTOMATIC_VPN_FAILED
  today    The remote connection was not made because the attempted VPN tunnels failed. The VPN server might be unreachable. If this connection is attempting to use an L2TP/IPsec tunnel, the security parameters required for IPsec negotiation might not be configured properly.
  check    The tunnel could not be set up at all: check the server name or address, that the VPN type matches what the server offers, and that its ports are open (PPTP TCP 1723 and GRE, L2TP and IKEv2 UDP 500 and 4500, SSTP TCP 443).
  not RAS  ERROR_OPLOCK_SWITCHED_TO_NEW_HANDLE: The oplock that was associated with this handle is now associated with a different handle.

613  Invalid compression specified.
  name     ERROR_INVALID_COMPRESSION_SPECIFIED
  today    An invalid compression was specified.
  windows  not used since Windows Vista
  not RAS  ERROR_REGISTRY_QUOTA_LIMIT: {Low On Registry Space} The system has reached the maximum size allowed for the system part of the registry. Additional storage requests will be ignored.
--- stderr
--- exit 0
