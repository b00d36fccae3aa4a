$ script -qec "stty cols 200 -onlcr; raserr 691; NO_COLOR=1 raserr 691; TERM=dumb raserr 691; raserr --color=never 691; raserr --color=always 691" /dev/null | tty-text | sed 's/\x1b/ESC/g' | grep '^[^ ]'
--- stdout
ESC[1m691ESC[m  Access denied because username and/or password is invalid on the domain.
691  Access denied because username and/or password is invalid on the domain.
691  Access denied because username and/or password is invalid on the domain.
691  Access denied because username and/or password is invalid on the domain.
ESC[1m691ESC[m  Access denied because username and/or password is invalid on the domain.
--- stderr
--- exit 0
