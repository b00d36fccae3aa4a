$ script -qec raserr /dev/null </dev/null | tr -d '\r'; script -qec 'raserr; echo "status $?"' /dev/null </dev/null | tr -d '\r' | tail -1
--- stdout
raserr: what to explain? e.g. raserr 691, raserr VPN error 809, raserr --grep L2TP
raserr: raserr - reads operands typed here; raserr --help tells more
status 2
--- stderr
--- exit 0
--- posix
