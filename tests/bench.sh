#!/bin/sh
# make bench: raserr beside its alternatives, each figure a ratio of
# medians measured in the same run (hyperfine: warm-up first, then many
# runs).  Inputs are generated here from a fixed seed.  Needs hyperfine,
# GNU time, valgrind, and moreutils' errno for one baseline.
# Not part of make check: it times things, and takes about two minutes.

set -u
top=$(cd "$(dirname "$0")/.." && pwd)
bin=$top/raserr
# inputs in memory where there is a tmpfs for it: the tools are measured,
# not the disk (whose cache, on a virtual machine, may not keep them)
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
	tmp=$(mktemp -d /dev/shm/raserr-bench.XXXXXX) || exit 2
else
	tmp=$(mktemp -d) || exit 2
fi
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$tmp" || exit 2
LC_ALL=C
export LC_ALL

for tool in hyperfine /usr/bin/time valgrind awk grep iconv; do
	command -v "$tool" >/dev/null || { echo "bench: needs $tool" >&2; exit 2; }
done

# median in seconds of each command of a hyperfine CSV, in order
medians() {
	awk -F, 'NR > 1 { print $(NF - 4) }' "$1"
}

# The machine drifts over a long run (by a fifth, on a shared virtual
# machine), and hyperfine runs one command after the other: so run all of
# them in interleaved rounds and take, per command, the median of the
# rounds' medians.  Writes them to $1, in order; $2 is the number of
# rounds, $3 hyperfine's options for each.
round_medians() {
	out=$1 rounds=$2 opts=$3
	shift 3
	rm -f round*.med
	for round in $(seq "$rounds"); do
		hyperfine $opts --export-csv "round$round.csv" --output=null \
		    "$@" >/dev/null 2>&1
		medians "round$round.csv" >"round$round.med"
	done
	paste round*.med | awk '{
		n = split($0, v, "\t")
		for (i = 1; i <= n; i++)
			for (j = i + 1; j <= n; j++)
				if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
		print v[int((n + 1) / 2)] }' >"$out"
}

# commands of a few milliseconds: 7 rounds of 300 runs
short_medians() {
	out=$1
	shift
	round_medians "$out" 7 "-N --warmup 30 --runs 300" "$@"
}

# peak resident set of a command, in KiB (its exit status aside)
peak_rss() {
	/usr/bin/time -f %M -o "$tmp/rss" sh -c "exec $1" >/dev/null 2>&1
	tail -n 1 "$tmp/rss"
}

row() {	# workload, raserr s, baseline, baseline s, rss
	awk -v w="$1" -v r="$2" -v b="$3" -v t="$4" -v m="$5" 'BEGIN {
		unit = r < 0.01 ? 1000 : 1; u = unit == 1000 ? "ms" : "s"
		printf "| %s | %.3f %s | %s | %.3f %s | %.2fx | %s |\n",
		    w, r * unit, u, b, t * unit, u, r / t, m }'
}

echo "$("$bin" -V | head -n 1), $(uname -m), $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| workload | raserr | baseline | baseline | raserr / baseline | raserr peak RSS |"
echo "| --- | --- | --- | --- | --- | --- |"

# ---------------------------------------------------------------- 1. one lookup
set -- "$bin 691" /bin/true "grep -m1 ^691 $top/data/codes.txt"
command -v errno >/dev/null && set -- "$@" "errno 2"
short_medians one.med "$@"
r=$(sed -n 1p one.med)
rss=$(peak_rss "$bin 691")
row "one lookup: raserr 691" "$r" "/bin/true" "$(sed -n 2p one.med)" "$rss KiB"
row "" "$r" "grep -m1 '^691' codes.txt" "$(sed -n 3p one.med)" ""
[ "$(wc -l <one.med)" -ge 4 ] &&
	row "" "$r" "errno 2 (moreutils)" "$(sed -n 4p one.med)" ""
# errno calls setlocale(), raserr does not: in a UTF-8 locale, as users
# have, errno reads the locale's files as well
if command -v errno >/dev/null && LC_ALL=C.UTF-8 locale -k charmap 2>/dev/null |
    grep -q UTF-8; then
	(LC_ALL=C.UTF-8; export LC_ALL; short_medians utf8.med "$bin 691" "errno 2")
	row "one lookup, LC_ALL=C.UTF-8" "$(sed -n 1p utf8.med)" \
	    "errno 2 (moreutils)" "$(sed -n 2p utf8.med)" ""
fi
# the static build (make static), which has no dynamic loader to start
if [ -x "$top/raserr-static" ]; then
	short_medians static.med "$top/raserr-static 691" /bin/true
	row "one lookup, make static" "$(sed -n 1p static.med)" "/bin/true" \
	    "$(sed -n 2p static.med)" "$(peak_rss "$top/raserr-static 691") KiB"
fi

# ---------------------------------------------------------------- 4. search
short_medians grep.med "$bin --grep L2TP" /bin/true
row "search: raserr --grep L2TP" "$(sed -n 1p grep.med)" "/bin/true" \
    "$(sed -n 2p grep.med)" "$(peak_rss "$bin --grep L2TP") KiB"

# ---------------------------------------------------------------- 2. a stream
# half known codes, half unknown numbers, from a fixed seed
"$bin" -l -f tsv | awk -F'\t' '$5 == "RAS"' >catalogue.tsv
cut -f1 catalogue.tsv >known
gen_codes() {
	awk -v n="$1" 'NR == FNR { k[m++] = $1; next } END {
		srand(42)
		for (i = 0; i < n; i++)
			print rand() < 0.5 ? k[int(rand() * m)] : 1000 + int(rand() * 9000)
	}' known /dev/null
}
gen_codes 10000000 >codes10m
gen_codes 1000000 >codes1m
"$bin" -f tsv <codes10m >expected.tsv 2>/dev/null
cat >join.awk <<'AWK'
BEGIN { FS = OFS = "\t" }
NR == FNR { line[$1] = $0; next }
($1 in line) { print line[$1] }
AWK
round_medians stream.med 5 "-i --warmup 1 --runs 2" \
    "$bin -f tsv <codes10m" "awk -f join.awk catalogue.tsv - <codes10m" \
    "cat expected.tsv"
r=$(sed -n 1p stream.med)
rss10=$(peak_rss "$bin -f tsv <codes10m")
rss1=$(peak_rss "$bin -f tsv <codes1m")
row "stream: 10 M codes, -f tsv" "$r" "awk join" "$(sed -n 2p stream.med)" \
    "$rss1 KiB (1 M), $rss10 KiB (10 M)"
row "" "$r" "cat of the same output" "$(sed -n 3p stream.med)" ""

# ---------------------------------------------------------------- 3. scanning
# realistic lines, about three codes in a thousand lines
gen_log() {
	awk -v bytes="$1" 'BEGIN {
		srand(7)
		split("691 809 720 800 619 651 789 868 812 806", c, " ")
		t[0] = "rasman: RasConnectionNotification: connection state changed"
		t[1] = "svchost[1204]: Connecting to vpn.example.com:443 via SSTP"
		t[2] = "kernel: ppp0: link up, MTU 1400, 1523 bytes sent"
		t[3] = "RasClient Event ID 20221: The user CONTOSO\\jsmith has started dialing a VPN connection"
		t[4] = "dhcp: lease of 10.20.30.40 renewed for 86400 seconds"
		t[5] = "charon[812]: 09[IKE] sending keep alive to 203.0.113.7[4500]"
		t[6] = "Windows Update: installed KB5031356, build 19045.3570"
		t[7] = "netlogon: secure channel to DC01 established on port 49667"
		while (size < bytes) {
			s = sprintf("2026-11-%02d %02d:%02d:%02d host%02d ", 1 + int(rand() * 28),
			    int(rand() * 24), int(rand() * 60), int(rand() * 60), int(rand() * 50))
			if (rand() < 0.003)
				s = s "RasClient Event ID 20227: The user dialed a connection named Office which has failed. The error code returned on failure is " c[1 + int(rand() * 10)] "."
			else
				s = s t[int(rand() * 8)]
			print s
			size += length(s) + 1
		}
	}'
}
gen_log 200000000 >big.log
gen_log 20000000 >small.log
# the same log as Windows PowerShell 5.1 writes it: UTF-16LE with a BOM
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE big.log; } >big16.log
round_medians scan.med 7 "-i --warmup 1 --runs 5" \
    "$bin --scan -f tsv big.log" \
    "grep -cE 'rror[^0-9]{0,20}[0-9]{3}' big.log" \
    "$bin --scan -f tsv big16.log"
row "scan: 200 MB log" "$(sed -n 1p scan.med)" "grep -cE 'rror[^0-9]{0,20}[0-9]{3}'" \
    "$(sed -n 2p scan.med)" \
    "$(peak_rss "$bin -s small.log") KiB (20 MB), $(peak_rss "$bin -s big.log") KiB (200 MB)"
row "scan: the same log, UTF-16LE" "$(sed -n 3p scan.med)" "the UTF-8 scan" \
    "$(sed -n 1p scan.med)" "$(peak_rss "$bin -s big16.log") KiB"

# ---------------------------------------------------------------- 5. size, instructions
strip -o raserr.stripped "$bin"
echo
echo "Stripped binary: $(wc -c <raserr.stripped) bytes."
# instructions in all, and from main on (callgrind: exact, repeatable)
instr() {
	valgrind --tool=callgrind --callgrind-out-file=cg.out "$@" >/dev/null 2>&1
	callgrind_annotate --inclusive=yes --threshold=100 cg.out 2>/dev/null |
	    awk '/PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
		/\?\?\?:main / { gsub(",", "", $1); fn = $1 }
		END { print total, fn + 0 }'
}
set -- $(instr "$bin" 691)
echo "Instructions, raserr 691: $1 in all, $2 from main on;" \
    "/bin/true: $(instr /bin/true | cut -d' ' -f1) in all."
