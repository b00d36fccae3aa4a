$ raserr -f tsv 600 - 602 | cut -f1
--- stdin
613
--- stdout
600
613
602
--- stderr
--- exit 0
