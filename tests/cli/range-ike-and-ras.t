$ raserr 13700-13810 | cut -c1-5; raserr 600-13999 | wc -l; raserr 1000-1100 20000-30000
--- stdout
13800
13801
13802
13803
13804
13805
13806
13807
13808
13809
13810
461
--- stderr
raserr: 1000-1100: no known code in this range
raserr: 20000-30000: no known code in this range
--- exit 1
