$ raserr --color=always -g l2tp -g security | head -2 | od -c | head -4; raserr --color=never 691 | head -1; raserr --color 691 | head -1; NO_COLOR=1 raserr --color=always -f tsv 691 | cut -f1; raserr --colour=sometimes; echo $?
--- stdout
0000000 033   [   1   m   7   8   6 033   [   m           T   h   e    
0000020 033   [   0   1   ;   3   1   m   L   2   T   P 033   [   m    
0000040   c   o   n   n   e   c   t   i   o   n       a   t   t   e   m
0000060   p   t       f   a   i   l   e   d       b   e   c   a   u   s
691  Access denied because username and/or password is invalid on the domain.
691  Access denied because username and/or password is invalid on the domain.
691
2
--- stderr
raserr: unknown colour choice 'sometimes' (auto, always or never)
--- exit 0
