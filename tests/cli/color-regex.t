$ raserr --color=always -g "L2T." | head -2 | cat -v; raserr --color=always -g "^l2tp" -g "certificate\." | cat -v
--- stdout
^[[1m628^[[m  The port was disconnected.
  check    The server ended the attempt before it completed. For ^[[01;31mL2TP^[[m/IPsec, check that the VPN type is set to ^[[01;31mL2TP^[[m/IPsec, that CHAP and MS-CHAP v2 are allowed, and that the pre-shared key is entered under Advanced settings.
^[[1m766^[[m  The system could not find any ^[[01;31mcertificate.^[[m
  check    ^[[01;31mL2TP^[[m/IPsec found no computer ^[[01;31mcertificate.^[[m If the server uses a pre-shared key instead, select Use preshared key for authentication in the connection's Advanced settings and enter the key.
--- stderr
--- exit 0
