$ raserr -v 868-870
--- stdout
868  The remote connection was not made because the name of the remote access server did not resolve.
  name     ERROR_DNSNAME_NOT_RESOLVABLE
  windows  since Windows 7
  check    The VPN server's name did not resolve: check its spelling and the client's DNS servers.
  source   https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/troubleshoot-always-on-vpn

869  Password provided for certificate is not valid.
  name     ERROR_EAPTLS_PASSWD_INVALID
  windows  since Windows 7
  check    The password entered for the certificate (its private key) is wrong. Re-enter the certificate password.
  source   https://learn.microsoft.com/en-us/windows/win32/rras/routing-and-remote-access-error-codes

870  The Interface  could not be enabled as more than one interface with same destination has been created with authentication method as Pre Shared Key. Change the destination/auth method and enable the interface.
  name     ERROR_IKEV2_PSK_INTERFACE_ALREADY_EXISTS
  windows  since Windows 7
--- stderr
--- exit 0
