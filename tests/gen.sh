#!/bin/sh
# The build refuses a bad catalogue: make fails with data/codes.txt:LINE,
# and leaves no table behind.  (Each rejection is in test_codesfile.c.)

set -u
. "$(dirname "$0")/lib.sh"


cp -R "$top/Makefile" "$top/src" "$top/include" "$top/data" "$tmp/"
(cd "$tmp" && make -s clean >/dev/null 2>&1)

# a second 691 after the real one
line=$(grep -n '^691 ' "$tmp/data/codes.txt" | cut -d: -f1)
printf '\n691 ERROR_AGAIN\n\tmessage\tx\n' >>"$tmp/data/codes.txt"
last=$(($(wc -l <"$tmp/data/codes.txt") - 1))
(cd "$tmp" && make raserr >"$tmp/log" 2>&1)
check "make fails" "2" "$?"
check "message" "data/codes.txt:$last: duplicate code 691 (also at line $line)" \
    "$(grep '^data/codes.txt:' "$tmp/log")"
check "no table left" "" "$(ls "$tmp/src/lib/table.inc" 2>/dev/null)"

# a broken escape in the middle of the file
cp "$top/data/codes.txt" "$tmp/data/codes.txt"
line=$(grep -n 'message	The port handle is invalid' "$tmp/data/codes.txt" | cut -d: -f1)
sed "${line}s/invalid/inv\\\\alid/" "$top/data/codes.txt" >"$tmp/data/codes.txt"
(cd "$tmp" && make raserr >"$tmp/log" 2>&1)
check "make fails" "2" "$?"
check "message" "data/codes.txt:$line: bad escape '\\a'" \
    "$(grep '^data/codes.txt:' "$tmp/log")"

# and the real file builds
cp "$top/data/codes.txt" "$tmp/data/codes.txt"
(cd "$tmp" && make raserr >"$tmp/log" 2>&1)
check "make succeeds" "0" "$?"

finish gen
