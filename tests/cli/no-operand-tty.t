$ script -qec 'stty cols 200 -onlcr; raserr; echo "status $?"' /dev/null </dev/null | tty-text
--- stdout
raserr: what to explain? e.g. raserr 691, raserr VPN error 809, raserr --grep L2TP
raserr: raserr - reads operands typed here; raserr --help tells more
status 2
--- stderr
--- exit 0
