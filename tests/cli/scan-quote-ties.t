$ printf 'IKE said: Negotiation request sat in queue too long.\nrasdial: The network connection between your computer and the VPN server could not\nrasdial: A connection to the remote computer could not be established\n' | raserr -s -f tsv | cut -f1,14
--- stdout
809	(standard input):2
720	(standard input):3
--- stderr
--- exit 0
