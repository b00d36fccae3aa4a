#!/bin/sh
# --help and the man page agree: every option of one is in the other;
# --help fits 80 columns; the man page lints clean (where mandoc is).

set -u
. "$(dirname "$0")/lib.sh"
bin=$top/raserr
man=$top/man/raserr.1


help_longs=$("$bin" --help | grep -o -- '--[a-z]*' | sort -u)
help_shorts=$("$bin" --help | grep -o -- '^  -[a-zA-Z]' | tr -d ' ' | sort -u)
man_longs=$(grep -o 'Fl -[a-z]*' "$man" | sed 's/Fl -/--/' | grep -v -e '--colour' | sort -u)
man_shorts=$(grep -o '^\.It Fl [a-zA-Z]\>' "$man" | sed 's/.It Fl /-/' | sort -u)

check "long options: --help = man page" "$help_longs" "$man_longs"
check "short options: --help = man page" "$help_shorts" "$man_shorts"
check "--help within 80 columns" "" "$("$bin" --help | awk 'length > 80')"
check "--help has three examples or more" 1 \
    "$("$bin" --help | sed -n '/^Examples:/,/^$/p' | grep -c '^  raserr' | awk '{ print ($1 >= 3) }')"
check "--version names the licence" "raserr 1.0.0 ISC" \
    "$("$bin" --version | grep -o -e 'raserr [0-9][0-9.]*' -e ISC | tr '\n' ' ' | sed 's/ $//')"
if command -v mandoc >/dev/null; then
	check "mandoc -Tlint" "" "$(mandoc -Tlint -W warning "$man" 2>&1)"
else
	echo "docs: no mandoc here; the man page lint skipped"
fi

finish docs
