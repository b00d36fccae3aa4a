#!/bin/sh
# --help and the man page agree: every option of one is in the other;
# --help fits 80 columns; the man pages lint clean (where mandoc is);
# raserr(3) documents all of include/raserr.h.

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

# raserr(3) against include/raserr.h: the same functions, macros (with
# their values), enumeration constants and entry members, and the
# struct shown as declared, so that a new member cannot go undocumented.
hdr=$top/include/raserr.h
man3=$top/man/raserr.3
functions=$(grep -o 'raserr_[a-z_]*(' "$hdr" | tr -d '(' | sort)
# man3_fn SECTION: the functions a section of raserr(3) names
man3_fn() {
	sed -n "/^\.Sh $1/,/^\.Sh /s/^\.Fn \(raserr_[a-z_]*\).*/\1/p" "$man3" | sort -u
}
check "raserr(3): functions in SYNOPSIS" "$functions" "$(man3_fn SYNOPSIS)"
check "raserr(3): functions in DESCRIPTION" "$functions" "$(man3_fn DESCRIPTION)"
check "raserr(3): macros" \
    "$(grep '^#define RASERR_' "$hdr" | grep -v '^#define RASERR_H$')" \
    "$(sed -n 's/^\.Fd //p' "$man3" | sed 's/\\(dq/"/g')"
check "raserr(3): enumeration constants" \
    "$(sed -n 's/^[[:space:]]*\(RASERR_[A-Z0-9_]*\).*/\1/p' "$hdr" | sort)" \
    "$(sed -n 's/^\.It Dv \(RASERR_[A-Z0-9_]*\)$/\1/p' "$man3" | sort)"
check "raserr(3): struct raserr_entry" \
    "$(sed -n '/^struct raserr_entry {/,/^};/p' "$hdr" | sed 's|[[:space:]]*/\*.*\*/||')" \
    "$(sed -n '/^struct raserr_entry {/,/^};/p' "$man3")"
check "raserr(3): members" \
    "$(sed -n '/^struct raserr_entry {/,/^};/p' "$hdr" | sed -n 's/.*[ *]\([a-z0-9_]*\);.*/\1/p')" \
    "$(sed -n '/^\.Ss The entry/,/^\.Ss /s/^\.It Va //p' "$man3")"
if command -v mandoc >/dev/null; then
	check "raserr(3): mandoc -Tlint" "" "$(mandoc -Tlint -W warning "$man3" 2>&1)"
fi

finish docs
