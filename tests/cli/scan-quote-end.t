$ printf 'rasdial: Invalid compression specified\nrasdial: Invalid compression specified.\nrasdial: Invalid compression specifie\nrasdial: Invalid compression specified\n' | raserr -s -f tsv | cut -f1,14,15
--- stdout
613	(standard input):1	3
--- stderr
--- exit 0
