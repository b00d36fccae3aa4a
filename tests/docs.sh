#!/bin/sh
# --help and the man page agree: every option of one is in the other;
# --help fits 80 columns; the man pages lint clean and raserr.1 renders
# no known slip (where mandoc is); every "$ raserr" example of README.md
# and of the man page's EXAMPLES runs, and prints what the document
# shows; raserr(3) documents all of include/raserr.h.

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
	# what -Tlint lets through: a flag macro that swallows the words after
	# it (-lines -that), a quote that closes after the next one (":809,)
	check "man page renders no runaway flag or quote" "" \
	    "$(mandoc -Tutf8 "$man" | col -b | grep -n -e ' -[a-z]* -[a-z]* -' \
	    -e '“[^”]*“' -e '””')"
else
	echo "docs: no mandoc here; the man page lint skipped"
fi

# ---------------------------------------------------------------- examples

# Writes each example of the documents as $tmp/ex/N.cmd, with N.out when
# the document shows its output: the lines after it, up to the next
# example or the end of the block, trailing blank lines dropped.
# README.md: the "$ " lines of its console blocks; the man page: the
# ".Dl $ " lines of EXAMPLES, roff escapes undone.
mkdir "$tmp/ex"
awk -v d="$tmp/ex" '
	function flush() {
		if (cmd == "")
			return
		print cmd > (d "/" n ".cmd")
		while (nout > 0 && out[nout] == "")
			nout--
		for (i = 1; i <= nout; i++)
			print out[i] > (d "/" n ".out")
		cmd = ""
		nout = 0
	}
	FILENAME ~ /README/ && /^```console$/ { inblock = 1; next }
	FILENAME ~ /README/ && /^```/ { flush(); inblock = 0; next }
	FILENAME ~ /README/ && inblock && /^\$ / {
		flush(); n++; cmd = substr($0, 3); next
	}
	FILENAME ~ /README/ && inblock && cmd != "" { out[++nout] = $0; next }
	FILENAME !~ /README/ && /^\.Sh / { examples = ($0 == ".Sh EXAMPLES") }
	FILENAME !~ /README/ && examples && /^\.Dl \$ / {
		c = substr($0, 7)
		gsub(/\\e/, "\\", c)
		gsub(/\\&/, "", c)
		gsub(/\\-/, "-", c)
		n++
		print c > (d "/" n ".cmd")
	}
' "$top/README.md" "$man"

# An example runs in tests/cli/data, where its files (vpn.log) are, with
# the built raserr first on PATH.  Only examples that need no other
# program's data run: raserr first, or fed by printf.
mkdir "$tmp/bin"
printf '#!/bin/sh\nexec "%s" "$@"\n' "$bin" >"$tmp/bin/raserr"
chmod +x "$tmp/bin/raserr"
ran=0
for c in "$tmp"/ex/*.cmd; do
	cmd=$(cat "$c")
	case $cmd in
	raserr\ *|printf\ *\|\ raserr\ *) ;;
	*) echo "docs: not run, needs other data: $cmd"; continue ;;
	esac
	ran=$((ran + 1))
	got=$(cd "$top/tests/cli/data" && PATH="$tmp/bin:$PATH" LC_ALL=C \
	    sh -c "$cmd" 2>"$tmp/err" </dev/null; echo "status $?")
	if [ -f "${c%.cmd}.out" ]; then
		check "example shows its output: $cmd" \
		    "$(cat "${c%.cmd}.out"; echo "status 0")" "$got"
	else
		check "example runs: $cmd" "status 0" "$(printf '%s\n' "$got" | tail -1)"
	fi
	check "example is quiet on stderr: $cmd" "" "$(cat "$tmp/err")"
done
check "examples found" 1 "$([ "$ran" -ge 20 ] && echo 1)"

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
