$ script -qec "stty cols 40 -onlcr; raserr --color=never 599 815" /dev/null | tty-text | awk 'NR == 1 { print } /‘Service Name’/ { quoted++ } /^[ -~]*$/ && length > 40 { wide++ } /^$/ { empty++ } END { print "lines " (NR > 20) ", quoted " quoted + 0 ", too wide " wide + 0 ", empty " empty + 0 }'
--- stdout
raserr: 599: not a known RAS code
lines 1, quoted 1, too wide 0, empty 0
--- stderr
--- exit 0
