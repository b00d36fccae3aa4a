$ printf ':691 error\n"691" error\n(691)\n' | raserr -s -f tsv | cut -f1,14,15
--- stdout
691	(standard input):1	2
--- stderr
--- exit 0
