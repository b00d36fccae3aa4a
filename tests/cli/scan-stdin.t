$ cat data/vpn.log | raserr -s -f tsv | cut -f1,14,15; raserr -s -f tsv - < data/clean.log; echo $?
--- stdout
809	(standard input):2	3
691	(standard input):4	3
800	(standard input):8	1
806	(standard input):8	1
807	(standard input):8	1
1
--- stderr
--- exit 0
