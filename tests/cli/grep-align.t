$ raserr -g 'machine cert'; raserr 13805-13806 766; raserr -l | grep -c '^[0-9]*  [^ ]'
--- stdout
766    The system could not find any certificate.
  today    A certificate could not be found.  Connections that use the L2TP protocol over IPSec require the installation of a machine certificate, also known as a computer certificate.
786    The L2TP connection attempt failed because there is no valid machine certificate on your computer for security authentication.
13806  IKE failed to find valid machine certificate. Contact your Network Security Administrator about installing a valid certificate in the appropriate Certificate Store.
13820  IKE negotiation failed because the machine certificate used does not have a private key. IPsec certificates require a private key. Contact your Network Security administrator about replacing with a certificate that has a private key.
13847  Peer failed to send valid machine certificate.
13805  Negotiation timed out.
13806  IKE failed to find valid machine certificate. Contact your Network Security Administrator about installing a valid certificate in the appropriate Certificate Store.

766  The system could not find any certificate.
  name     ERROR_NO_CERTIFICATE
  today    A certificate could not be found.  Connections that use the L2TP protocol over IPSec require the installation of a machine certificate, also known as a computer certificate.
  check    L2TP/IPsec found no computer certificate. If the server uses a pre-shared key instead, select Use preshared key for authentication in the connection's Advanced settings and enter the key.
  source   https://github.com/hwdsl2/setup-ipsec-vpn/blob/master/docs/clients.md#windows-error-628-or-766
  not RAS  ERROR_DBG_EXCEPTION_HANDLED: Debugger handled exception.
127
--- stderr
--- exit 0
