$ script -qec 'stty cols 200 -onlcr; TERM=xterm NO_COLOR= raserr 602; unset TERM; raserr 602; TERM=xterm raserr -f tsv 602' /dev/null </dev/null | grep -v '^  ' | cut -f1-2 | cat -v
--- stdout
^[[1m602^[[m  The port is already open.
^[[1m602^[[m  The port is already open.
602	ERROR_PORT_ALREADY_OPEN
--- stderr
--- exit 0
--- posix tsv on a terminal, whose tabs the Wine console draws as blanks; color-terminal.t checks colour there
