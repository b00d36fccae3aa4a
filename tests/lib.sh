# Shared by the shell tests: sourced, not run.  Sets top (the project),
# tmp (removed on exit) and check NAME EXPECTED ACTUAL; end with finish.

top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0

check() {
	if [ "$2" = "$3" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		printf 'FAIL: %s\n  want: %s\n  got:  %s\n' "$1" "$2" "$3"
	fi
}

# The plain closing line: "NAME: N passed, N failed"; status as it says.
finish() {
	echo "$1: $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}
