#!/bin/sh
# Input that must not make raserr grow: a 1 GiB line with no newline, to
# the stdin reader and to --scan, each under an 8 MiB address-space
# limit (ulimit -v); and ten million operands on standard input.
# Kept out of check-valgrind, which would take minutes over 1 GiB.

set -u
. "$(dirname "$0")/lib.sh"
bin=${RASERR_BIN:-$top/raserr}
LIMIT_KB=8192
GIB=1073741824

if [ -n "${SANITIZE:-}" ]; then
	# ASan reserves terabytes of address space: no ulimit -v under it
	echo "limits: 0 passed, 0 failed (skipped under SANITIZE)"
	exit 0
fi

# NUL bytes: no separator for the word reader, nothing for the scanner
gib() {
	head -c $GIB /dev/zero
}

gib | (ulimit -v $LIMIT_KB && exec "$bin") >"$tmp/out" 2>"$tmp/err"
check "1 GiB word: exit" 2 $?
check "1 GiB word: message" \
    "raserr: $(printf '%.0s\\x00' 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20)...: operand too long" \
    "$(cat "$tmp/err")"

{ gib; printf ' error 691\n'; } |
    (ulimit -v $LIMIT_KB && exec "$bin" -s -f tsv) >"$tmp/out" 2>"$tmp/err"
check "1 GiB line, --scan: exit" 0 $?
check "1 GiB line, --scan: found" "691	(standard input):1	1" \
    "$(cut -f1,14,15 "$tmp/out")$(cat "$tmp/err")"

# only the last of them known: -q's exit 0 shows it was reached
{ yes 599 | head -n 9999999; echo 691; } | "$bin" -q
check "10 million operands, the last known" 0 $?
yes '691 0x2B3,800702B3h 600-600' | head -n 2500000 | "$bin" -q
check "10 million operands, all found" 0 $?

finish limits
