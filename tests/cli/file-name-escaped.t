$ raserr -s "$(printf 'no\033[31mfile')" "$(printf 'bad\377name')" "$(printf 'new\nline')" 'back\slash'
--- stdout
--- stderr
raserr: no\x1B[31mfile: No such file or directory
raserr: bad\xFFname: No such file or directory
raserr: new\x0Aline: No such file or directory
raserr: back\x5Cslash: No such file or directory
--- exit 2
--- posix names with control characters, which Windows refuses ("Invalid argument"), and bytes that are not UTF-8, which it cannot pass
