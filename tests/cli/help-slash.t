$ test "$(raserr /?)" = "$(raserr --help)" && echo same; raserr 691 /? | head -1; raserr /? 691 | head -1
--- stdout
same
usage: raserr [-qv] [-f format] [code | range | name | -] ...
usage: raserr [-qv] [-f format] [code | range | name | -] ...
--- stderr
--- exit 0
