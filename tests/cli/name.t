$ raserr ERROR_VPN_TIMEOUT
--- stdout
809  The network connection between your computer and the VPN server could not be established because the remote server is not responding. This could be because one of the network devices (e.g., firewalls, NAT, routers, etc.) between your computer and the remote server is not configured to allow VPN connections. Please contact your Administrator or your service provider to determine which device may be causing the problem.
  name     ERROR_VPN_TIMEOUT
  note     New in Windows Vista. The SDK defines it with no version guard, hence no windows value.
  check    The VPN server never replied. Usually UDP 500 and/or 4500, the IKE ports that IKEv2 and L2TP/IPsec need, is blocked by a firewall, NAT device or router between client and server; check each device on the path.
  source   https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/troubleshoot-always-on-vpn
  not RAS  ERROR_FILE_METADATA_OPTIMIZATION_IN_PROGRESS
--- stderr
--- exit 0
