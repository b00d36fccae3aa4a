$ test "$(raserr /?)" = "$(raserr --help)" && echo same; raserr 691 /? | head -1 | cut -d" " -f1-2; raserr /? 691 | head -1 | cut -d" " -f1-2
--- stdout
same
usage: raserr
usage: raserr
--- stderr
--- exit 0
