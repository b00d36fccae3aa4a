$ raserr --format 691; echo $?; raserr --format= 691; echo $?; raserr -f xml 691; echo $?; raserr --bogus; echo $?; raserr -f; echo $?; raserr -f tsv -f text 613 | head -1; raserr -l 691; echo $?; raserr --list=x; echo $?; raserr -qz 691; echo $?
--- stdout
2
2
2
2
2
613  Invalid compression specified.
2
2
2
--- stderr
raserr: unknown format '691' (text, tsv or json)
raserr: unknown format '' (text, tsv or json)
raserr: unknown format 'xml' (text, tsv or json)
raserr: bad option '--bogus'; see raserr --help
raserr: option -f needs an argument; see raserr --help
raserr: --list and --grep take no operands
raserr: bad option '--list=x'; see raserr --help
raserr: bad option '-z'; see raserr --help
--- exit 0
