$ printf 'rasdial: The network connection between your computer and the VPN ser\nrasdial: The network connection between your computer and the VPN se\n' | raserr -s -f tsv | cut -f1,14,15
--- stdout
809	(standard input):1	1
--- stderr
--- exit 0
