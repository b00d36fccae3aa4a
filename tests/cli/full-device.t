$ raserr --list > /dev/full; echo $?; raserr -V > /dev/full; echo $?; echo 691 | raserr -f json > /dev/full; echo $?
--- stdout
2
2
2
--- stderr
raserr: write error: No space left on device
raserr: write error: No space left on device
raserr: write error: No space left on device
--- exit 0
