$ raserr -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e -g "a|b" -f tsv | wc -l; raserr -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e -g e 691; echo $?
--- stdout
447
2
--- stderr
raserr: bad pattern more than 16 patterns
--- exit 0
