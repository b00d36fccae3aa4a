$ d=$(mktemp -d) && l=$(printf "%0200d" 0) && mkdir -p "$d/$l/$l" && f="$d/$l/$l/$(printf "a\033[31m\nb\377.log")" && printf "Error 691\n" >"$f" && raserr -s "$f" | grep seen | sed "s|$d/[0/]*|D/|"; raserr -s -f json "$f" | grep -o "\"where[_a-z]*\":\"[^\"]*\"" | sed "s|$d/[0/]*|D/|"; raserr -s -f tsv "$f" | cut -f14,18 | sed "s|$d/[0/]*|D/|g"; raserr -s "$f" | grep -c "$l/a.*log:1\$"; rm -rf "$d"
--- stdout
  seen     1 time, first at D/a\x1B[31m\x0Ab\xFF.log:1
"where":"D/a\u001b[31m\nb\ufffd.log:1"
"where_bytes":"D/a%1B%5B31m%0Ab%FF.log:1"
D/a[31m\nbÿ.log:1	D/a%1B%5B31m%0Ab%FF.log:1
1
--- stderr
--- exit 0
--- posix file names with control characters and bytes that are not UTF-8, which no Windows file name can hold
