$ raserr -s -l; echo $?; raserr -s -g x; echo $?
--- stdout
2
2
--- stderr
raserr: --scan goes with neither --list nor --grep
raserr: --scan goes with neither --list nor --grep
--- exit 0
