$ raserr -V; raserr --version 691
--- stdout
raserr 1.0.0
Copyright (c) 2026 the raserr authors. ISC licence.
raserr 1.0.0
Copyright (c) 2026 the raserr authors. ISC licence.
--- stderr
--- exit 0
