$ raserr --grep L2TP
--- stdout
628  The port was disconnected.
  check    The server ended the attempt before it completed. For L2TP/IPsec, check that the VPN type is set to L2TP/IPsec, that CHAP and MS-CHAP v2 are allowed, and that the pre-shared key is entered under Advanced settings.
766  The system could not find any certificate.
  today    A certificate could not be found.  Connections that use the L2TP protocol over IPSec require the installation of a machine certificate, also known as a computer certificate.
786  The L2TP connection attempt failed because there is no valid machine certificate on your computer for security authentication.
787  The L2TP connection attempt failed because the security layer could not authenticate the remote computer.
788  The L2TP connection attempt failed because the security layer could not negotiate compatible parameters with the remote computer.
789  The L2TP connection attempt failed because the security layer encountered a processing error during initial negotiations with the remote computer.
790  The L2TP connection attempt failed because certificate validation on the remote computer failed.
791  The L2TP connection attempt failed because security policy for the connection was not found.
792  The L2TP Connection Attempt failed because security negotiation timed out.
793  The L2TP connection attempt failed because an error occurred while negotiating security.
800  Unable to establish the VPN connection. The VPN server may be un-reachable, or security parameters may not be configured properly for this connection.
  today    The remote connection was not made because the attempted VPN tunnels failed. The VPN server might be unreachable. If this connection is attempting to use an L2TP/IPsec tunnel, the security parameters required for IPsec negotiation might not be configured properly.
809  The network connection between your computer and the VPN server could not be established because the remote server is not responding. This could be because one of the network devices (e.g., firewalls, NAT, routers, etc.) between your computer and the remote server is not configured to allow VPN connections. Please contact your Administrator or your service provider to determine which device may be causing the problem.
  check    The VPN server never replied. Usually UDP 500 and/or 4500, the IKE ports that IKEv2 and L2TP/IPsec need, is blocked by a firewall, NAT device or router between client and server; check each device on the path.
825  Point-to-Point Tunnelling Protocol (PPTP) is incompatible with IPv6. Change the type of virtual private network to Layer Two Tunnelling Protocol (L2TP)
827  The L2TP/IPsec connection cannot be completed because the IKE and AuthIP IPSec Keying Modules service and/or the Base Filtering Engine service is not running. These services are required to establish an L2TP/IPSec connection. Please ensure that these services have been started before dialling the connection
835  The L2TP connection attempt failed because the security layer could not authenticate the remote computer. This could be because one or more fields of the certificate presented by the remote server could not be validated as belonging to the target destination.
--- stderr
--- exit 0
