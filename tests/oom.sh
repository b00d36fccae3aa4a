#!/bin/sh
# Out of memory at every allocation.  Each command below runs once to
# count its allocations, then once for each N up to that count with
# allocation N failing (tests/failmalloc.c, preloaded).  Every such run
# must end cleanly: the failure status with a message on stderr, or,
# where a failed allocation has a fallback, the same output and status
# as with memory.  Never a crash, never a short answer that looks whole.

set -u
. "$(dirname "$0")/lib.sh"
bin=${RASERR_BIN:-$top/raserr}

if [ -n "${SANITIZE:-}" ]; then
	# ASan brings its own allocator
	echo "oom: 0 passed, 0 failed (skipped under SANITIZE)"
	exit 0
fi
if ! getconf GNU_LIBC_VERSION >/dev/null 2>&1 ||
    ! ${CC:-cc} ${WARNFLAGS:-} -D_POSIX_C_SOURCE=200809L -shared -fPIC \
    -o "$tmp/failmalloc.so" "$top/tests/failmalloc.c"; then
	echo "oom: 0 passed, 0 failed (skipped: the shim needs glibc)"
	exit 0
fi
so=$tmp/failmalloc.so

# oom NAME FAIL_STATUS INPUT COMMAND...: COMMAND run in the project, on
# INPUT, at each of its allocations failing
oom() {
	name=$1 failed=$2 input=$3
	shift 3
	(cd "$top" && FAILMALLOC_COUNT=$tmp/count LD_PRELOAD=$so "$@") \
	    <"$input" >"$tmp/want" 2>/dev/null
	status=$?
	total=$(cat "$tmp/count")
	bad=
	n=1
	while [ "$n" -le "$total" ]; do
		(cd "$top" && FAILMALLOC=$n LD_PRELOAD=$so "$@") \
		    <"$input" >"$tmp/out" 2>"$tmp/err"
		st=$?
		if ! { [ $st -eq "$failed" ] && [ -s "$tmp/err" ]; } &&
		    ! { [ $st -eq $status ] && cmp -s "$tmp/want" "$tmp/out"; }; then
			bad="$bad $n:$st"
		fi
		n=$((n + 1))
	done
	check "$name: each of $total allocations failing" "" "$bad"
}

printf '691 VPN error 809\nL2TP connection failed 691\n' >"$tmp/words"

oom "list" 2 /dev/null "$bin" -l
oom "grep" 2 /dev/null "$bin" -g 'L2T.' -g vpn
oom "grep, coloured" 2 /dev/null "$bin" --color=always -v -g L2TP
oom "operands" 2 /dev/null "$bin" -f tsv 691 800 0x2B3 ERROR_VPN_TIMEOUT 600-605
oom "json" 2 /dev/null "$bin" -f json -v 691 ERROR_VPN_TIMOUT
oom "stdin" 2 "$tmp/words" "$bin"
oom "scan" 2 /dev/null "$bin" -s tests/cli/data/vpn.log
oom "scan, json" 2 /dev/null "$bin" -s -f json tests/cli/data/vpn.log

# the generator, on a catalogue small enough to fail at every step,
# with each kind of field
tab=$(printf '\t')
cat >"$tmp/codes.txt" <<EOF
600 PENDING
${tab}message${tab}An operation is pending.
${tab}win32${tab}ERROR_CONVERT_TO_LARGE Internal OFS status codes.

691 ERROR_AUTHENTICATION_FAILURE
${tab}message${tab}Access denied.
${tab}also${tab}Access was denied.
${tab}current${tab}The remote connection was denied.
${tab}windows${tab}vista
${tab}note${tab}A note\\twith a tab.
${tab}hint${tab}Check the password.
${tab}source${tab}https://example.com/691
EOF
oom "gentable" 1 /dev/null src/gen/gentable "$tmp/codes.txt"

finish oom
