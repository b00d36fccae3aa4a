$ d=$(mktemp -d) && cd "$d" && echo 'rasdial: error 691' >VPN日志.txt && echo 'Error 809 on L2TP' >café.log && { raserr -s -f tsv VPN日志.txt café.log nosuch日志.txt; echo "exit $?"; } | cut -f1,14; cd / && rm -r "$d"
--- stdout
691	VPN日志.txt:1
809	café.log:1
exit 2
--- stderr
raserr: nosuch日志.txt: No such file or directory
--- exit 0
