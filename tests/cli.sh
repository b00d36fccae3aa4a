#!/bin/sh
# End-to-end tests: runs every tests/cli/*.t against the built binary.
#
# A case file is
#	$ shell command, run in tests/cli with the raserr under test on PATH
#	--- stdin	(optional) what the command reads
#	--- stdout	what it must print, exactly
#	--- stderr
#	--- exit N
#	--- posix WHY	(optional) needs what Windows lacks, as WHY says:
#			skipped there
# Sections hold lines verbatim; a case run under script(1) pipes what
# the terminal showed through tty-text.  RASERR_WRAP runs the binary under a
# wrapper (valgrind, wine); RASERR_BIN tests another binary;
# RASERR_TARGET=windows skips the posix cases; RASERR_CASES="a b" runs
# only tests/cli/a.t and tests/cli/b.t.

set -u
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${RASERR_BIN:-$top/raserr}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

mkdir "$tmp/bin"
printf '#!/bin/sh\nexec %s "%s" "$@"\n' "${RASERR_WRAP:-}" "$bin" >"$tmp/bin/raserr"
chmod +x "$tmp/bin/raserr"
# What a pseudo-terminal showed, as plain lines, for the cases run under
# script(1): no CR, and none of the cursor moves with which Wine's
# console draws (a blank cell is "erase, move right").
printf '#!/bin/sh\nexec sed %s\n' \
    "'s/\x1b\[?25[hl]//g; s/\x1b\[K\x1b\[1C/ /g; s/\r\$//'" >"$tmp/bin/tty-text"
chmod +x "$tmp/bin/tty-text"
PATH=$tmp/bin:$PATH
LC_ALL=C
export PATH LC_ALL

# Splits a case file into cmd, stdin, stdout, stderr and exit in $tmp.
split_case() {
	rm -f "$tmp/cmd" "$tmp/stdin" "$tmp/stdout" "$tmp/stderr" "$tmp/exit" \
	    "$tmp/posix"
	awk -v d="$tmp" '
		NR == 1 { sub(/^\$ /, ""); print > (d "/cmd"); next }
		/^--- exit / { print $3 > (d "/exit"); next }
		/^--- posix( |$)/ { print "" > (d "/posix"); next }
		/^--- (stdin|stdout|stderr)$/ { f = d "/" $2; printf "" > f; next }
		{ print > f }
	' "$1"
	[ -f "$tmp/stdin" ] || : >"$tmp/stdin"
}

# Runs the case split into $tmp: out, err and status.
run_case() {
	(cd "$top/tests/cli" && sh -c "$(cat "$tmp/cmd")" <"$tmp/stdin" \
	    >"$tmp/out" 2>"$tmp/err")
	echo $? >"$tmp/status"
}

pass=0
fail=0
skip=0
cases=
for name in ${RASERR_CASES:-}; do
	[ -f "$top/tests/cli/$name.t" ] || { echo "cli: no case $name" >&2; exit 2; }
	cases="$cases $top/tests/cli/$name.t"
done
for t in ${cases:-"$top"/tests/cli/*.t}; do
	name=$(basename "$t" .t)
	split_case "$t"
	if [ -f "$tmp/posix" ] && [ "${RASERR_TARGET:-}" = windows ]; then
		skip=$((skip + 1))
		continue
	fi
	run_case
	# Wine itself now and then fails to start a program on a loaded
	# machine: that is no answer of raserr's, so the case runs again.
	if [ "${RASERR_TARGET:-}" = windows ] &&
	    grep -q 'ShellExecuteEx failed' "$tmp/out" "$tmp/err"; then
		run_case
	fi
	if diff -u "$tmp/stdout" "$tmp/out" >"$tmp/diff" &&
	    diff -u "$tmp/stderr" "$tmp/err" >>"$tmp/diff" &&
	    diff -u "$tmp/exit" "$tmp/status" >>"$tmp/diff"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $name ($(cat "$tmp/cmd"))"
		sed 's/^/    /' "$tmp/diff"
	fi
done
echo "cli: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
