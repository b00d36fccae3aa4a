$ raserr -6x; echo $?; raserr -x6; echo $?; raserr -6; echo $?; raserr -- -6x; echo $?
--- stdout
2
2
1
2
--- stderr
raserr: bad option '-6'; see raserr --help
raserr: bad option '-x'; see raserr --help
raserr: -6 is not a RAS code
raserr: -6x: not a code, range or name
--- exit 0
