$ raserr -g "no such text anywhere"
--- stdout
--- stderr
--- exit 1
