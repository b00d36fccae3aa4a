$ raserr < .
--- stdout
--- stderr
raserr: standard input: Is a directory
--- exit 2
--- posix a directory as standard input: no Windows shell can redirect one, and under Wine it reads as a bad handle ("Invalid argument"); stdin-unreadable.t holds what is the same
