#!/bin/sh
# End to end: --scan finds every code of the seed list, the web page
# the catalogue's messages come from, HTML references and all.  Skipped,
# saying so, when the reference files are not there.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
seed=${REFDIR:-$top/../shared/reference}/000_ec6f863dbeb3be90.txt
if [ ! -f "$seed" ]; then
	echo "seed: $seed not there; skipped"
	exit 0
fi
want=$(grep -o '^[0-9][0-9][0-9] ' "$seed" | cut -c1-3 | sort -u)
got=$("$top/raserr" -s -f tsv "$seed" | cut -f1 | sort)
if [ "$want" = "$got" ]; then
	echo "seed: $(echo "$got" | wc -l) of $(echo "$want" | wc -l) codes found; 1 passed, 0 failed"
	exit 0
fi
echo "seed: FAIL"
printf '%s\n' "$want" >"${TMPDIR:-/tmp}/seed.want.$$"
printf '%s\n' "$got" | diff "${TMPDIR:-/tmp}/seed.want.$$" - | head -20
rm -f "${TMPDIR:-/tmp}/seed.want.$$"
exit 1
