$ raserr -v --list | head -1; (trap "" PIPE; raserr -v --list | head -1); yes 691 | head -100000 | raserr -f tsv | head -1 | cut -f1
--- stdout
600  An operation is pending.
600  An operation is pending.
691
--- stderr
--- exit 0
