#!/bin/bash
#
# valgrind-check.sh: run dtrace test cases with cmd/dtrace under valgrind's
# memcheck and list every distinct leak (definite, indirect) and memory error
# stack they find.
#
# Usage: scripts/valgrind-check.sh [--logdir DIR] [case-or-dir ...]
#
# Run from the build tree (as root, like make check; `make valgrind-check`
# runs it).  Cases are run by test/run-tests.sh exactly as make check runs
# them (same @@opts, @@trigger, @@args; .sh cases through $DTRACE), with
# DTRACE set to test/valgrind-dtrace.sh and every timeout multiplied by
# TIMEOUT_SCALE (default 3).  Cases whose result depends on timing may fail
# there: only valgrind's findings count, the pass/fail list is kept in
# DIR/run-tests.out.  Without arguments every directory of test/cases is
# run except fuzz (no dtrace runs) and valgrind (already under valgrind).
#
# Output: each distinct stack once, with how many runs hit it and the command
# of one of them; then `N runs, N with findings, N distinct stacks`.  Exit
# status 1 when anything was found, 77 when valgrind is not installed.
# One log per dtrace run stays in DIR (default: a new directory in /tmp).

set -u

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -x "$PWD/cmd/dtrace" ]; then
	builddir=$PWD
else
	builddir=$srcdir
fi

logdir=""
while [ $# -gt 0 ]; do
	case "$1" in
	--logdir) [ $# -ge 2 ] || { echo "usage: valgrind-check.sh [--logdir DIR] [case-or-dir ...]" >&2; exit 2; }
		logdir=$2; shift 2 ;;
	--logdir=*) logdir=${1#*=}; shift ;;
	-h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
	--) shift; break ;;
	*) break ;;
	esac
done

if ! command -v valgrind > /dev/null 2>&1; then
	echo "valgrind-check.sh: valgrind is not installed" >&2
	exit 77
fi

if [ -z "$logdir" ]; then
	logdir=$(mktemp -d "${TMPDIR:-/tmp}/dtrace-valgrind.XXXXXX") || exit 1
else
	mkdir -p "$logdir" || exit 1
	rm -f "$logdir"/*.log "$logdir"/*.cmd
fi
logdir=$(cd "$logdir" && pwd)

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
	for d in "$srcdir"/test/cases/*/; do
		case "$(basename "$d")" in
		fuzz|valgrind) ;;
		*) targets+=("$d") ;;
		esac
	done
fi

export VALGRIND_DTRACE=$builddir/cmd/dtrace VALGRIND_LOGDIR=$logdir
export TIMEOUT_SCALE=${TIMEOUT_SCALE:-3}
"$srcdir/test/run-tests.sh" --dtrace "$srcdir/test/valgrind-dtrace.sh" \
    --progs "$builddir/test/progs" "${targets[@]}" > "$logdir/run-tests.out" 2>&1
tail -n 1 "$logdir/run-tests.out" | sed 's/^/run-tests under valgrind: /'

# An error block of a log starts at a line that is not a stack frame and ends
# at an empty line; its key is its first line (counts and sizes taken out)
# and its frames (addresses taken out).
for log in "$logdir"/*.log; do
	[ -e "$log" ] || continue
	cmd=$(cat "${log%.log}.cmd" 2> /dev/null)
	awk -v cmd="$cmd" '
	{ sub(/^==[0-9]+== ?/, "") }
	/^$/ {
		if (key != "") { gsub(/\t/, " ", cmd); print key "\t" cmd }
		key = ""; next
	}
	key == "" {
		line = $0
		sub(/^[0-9,]+ (\([0-9,]+ direct, [0-9,]+ indirect\) )?bytes in [0-9,]+ blocks are /, "", line)
		sub(/ in loss record [0-9,]+ of [0-9,]+$/, "", line)
		sub(/ 0x[0-9A-Fa-f]+ / , " ", line)
		key = line; next
	}
	/^ *(at|by) 0x/ {
		f = $0; sub(/0x[0-9A-Fa-f]+: /, "", f); sub(/^ +/, "", f)
		key = key "\\n    " f; next
	}
	/^ *Address 0x/ {
		a = $0; sub(/0x[0-9A-Fa-f]+ /, "", a); sub(/^ +/, "", a)
		key = key "\\n  " a; next
	}
	/^ *Block was alloc|^ *Uninitialised value was created/ { key = key "\\n  " $0; next }
	END { if (key != "") { gsub(/\t/, " ", cmd); print key "\t" cmd } }
	' "$log"
done > "$logdir/stacks.all"

nruns=$(ls "$logdir"/*.log 2> /dev/null | wc -l)
# (valgrind's own warnings, `--PID-- WARNING`, are not findings)
nbad=$(grep -l '^==[0-9]*== [^ ]' "$logdir"/*.log 2> /dev/null | wc -l)
# HEAP SUMMARY style lines are not errors: only blocks with a stack count.
grep -F '\n    ' "$logdir/stacks.all" | LC_ALL=C sort -t "$(printf '\t')" -k1,1 |
awk -F '\t' '
	$1 != prev { if (prev != "") emit(); prev = $1; n = 0; ex = $2 }
	{ n++ }
	function emit() { printf "%s\n  (%d run%s, e.g. %s)\n\n", prev, n, n == 1 ? "" : "s", ex; d++ }
	END { if (prev != "") emit(); print d + 0 > "/dev/stderr" }
' 2> "$logdir/ndistinct" | sed 's/\\n/\n/g' > "$logdir/stacks.txt"
cat "$logdir/stacks.txt"
ndistinct=$(cat "$logdir/ndistinct")
echo "$nruns runs, $nbad with findings, $ndistinct distinct stacks (logs in $logdir)"
[ "$ndistinct" -eq 0 ]
