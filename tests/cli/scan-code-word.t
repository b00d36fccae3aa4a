$ printf 'code 691\nLogin code 691\ndial code 691\nexit code 691\nzipcode 691\n' | raserr -s -f tsv | cut -f1,14,15
--- stdout
691	(standard input):1	3
--- stderr
--- exit 0
