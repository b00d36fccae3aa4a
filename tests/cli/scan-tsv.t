$ raserr -s -f tsv data/vpn.log data/binary.bin | cut -f1,2,14,15
--- stdout
809	ERROR_VPN_TIMEOUT	data/vpn.log:2	3
691	ERROR_AUTHENTICATION_FAILURE	data/vpn.log:4	3
800	ERROR_AUTOMATIC_VPN_FAILED	data/vpn.log:8	1
806	ERROR_VPN_GRE_BLOCKED	data/vpn.log:8	1
807	ERROR_VPN_DISCONNECT	data/vpn.log:8	1
651	ERROR_FROM_DEVICE	data/binary.bin:1	1
720	ERROR_PPP_NO_PROTOCOLS_CONFIGURED	data/binary.bin:1	1
--- stderr
--- exit 0
