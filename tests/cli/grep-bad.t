$ raserr -g "a(" -g x
--- stdout
--- stderr
raserr: bad pattern a(: Unmatched ( or \(
--- exit 2
