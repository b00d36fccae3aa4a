$ raserr < .
--- stdout
--- stderr
raserr: standard input: Is a directory
--- exit 2
--- posix
