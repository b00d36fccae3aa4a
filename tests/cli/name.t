$ raserr ERROR_VPN_TIMEOUT
--- stdout
809  The network connection between your computer and the VPN server could not be established because the remote server is not responding. This could be because one of the network devices (e.g., firewalls, NAT, routers, etc.) between your computer and the remote server is not configured to allow VPN connections. Please contact your Administrator or your service provider to determine which device may be causing the problem.
  name     ERROR_VPN_TIMEOUT
  note     New in Windows Vista.
  check    No reply from the server: UDP 500 and 4500 (L2TP/IPsec, IKEv2) or TCP 443 (SSTP) is blocked, or NAT-T is not allowed; for L2TP to a server behind NAT set AssumeUDPEncapsulationContextOnSendRule on the client.
  not RAS  ERROR_FILE_METADATA_OPTIMIZATION_IN_PROGRESS
--- stderr
--- exit 0
