$ printf '\357\273\277Error 691\n' | raserr -s -f tsv | cut -f1,14
--- stdout
691	(standard input):1
--- stderr
--- exit 0
