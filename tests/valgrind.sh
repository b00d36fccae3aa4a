#!/bin/sh
# Leaks and memory errors, in every make check where valgrind is here:
# the generator on the real catalogue, its reader's unit test (every
# rejection), and a set of end-to-end cases that between them reach
# each allocation of the program (the stdin reader and its prose
# buffer, kept records, --grep, the scan engine, every output format,
# write errors).  make check-valgrind runs all the cases.

set -u
. "$(dirname "$0")/lib.sh"

CASES="code-several json tsv range unknown grep-regex-case text-stdin
    stdin-tsv stdin-hostile scan-text scan-utf16 scan-events full-device
    malformed"

if [ -n "${SANITIZE:-}" ]; then
	# ASan's shadow memory and valgrind's cannot share a process
	echo "valgrind: 0 passed, 0 failed (skipped under SANITIZE)"
	exit 0
fi
if ! command -v valgrind >/dev/null; then
	echo "valgrind: 0 passed, 0 failed (skipped: no valgrind here)"
	exit 0
fi
# as make check passes it; errors and leaks make the wrapped run exit 99
vg=${VALGRIND:-valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all}

(cd "$top" && $vg src/gen/gentable data/codes.txt) >"$tmp/table" 2>"$tmp/err"
check "gentable: exit" 0 $?
check "gentable: no report" "" "$(cat "$tmp/err")"
check "gentable: same table" "" "$(cmp "$tmp/table" "$top/src/lib/table.inc")"

# the catalogue reader's every rejection, each an early return
$vg "$top/tests/test_codesfile" >"$tmp/unit" 2>&1
check "test_codesfile under valgrind: exit" 0 $?
grep -a '^==[0-9]*== ' "$tmp/unit" | head -5

RASERR_WRAP=$vg RASERR_CASES=$CASES sh "$top/tests/cli.sh" >"$tmp/cli"
check "cli cases under valgrind" 0 $?
grep -v '^cli: ' "$tmp/cli"

finish valgrind
