$ raserr -f tsv -g 'l2tp|ikev2' | cut -f1 | tr '\n' ' '; echo; raserr -g 'a(' -g x; raserr -g 'a\1'; raserr -g '\w'; raserr -g 'x{256}'; raserr -g '[[:alpah:]]'; echo $?
--- stdout
628 766 786 787 788 789 790 791 792 793 800 809 825 827 835 870 13898 
2
--- stderr
raserr: bad pattern a(: unmatched parenthesis
raserr: bad pattern a\1: back-references are not supported
raserr: bad pattern \w: unsupported escape sequence
raserr: bad pattern x{256}: repetition count too large
raserr: bad pattern [[:alpah:]]: invalid character class
--- exit 0
