#!/bin/bash
#
# run-tests.sh: run the dtrace test cases (and, optionally, unit test programs).
#
# Usage: run-tests.sh [--dtrace PATH] [--progs DIR] [--unit PROG]... [case-or-dir ...]
#
#   --dtrace PATH   the dtrace binary under test (default: cmd/dtrace of the build tree)
#   --progs DIR     the workload programs (default: test/progs of the build tree)
#   --unit PROG     a unit test program to run first, counted as one case
#                   (it passes if it exits 0); may be repeated
#   case-or-dir     case files (NAME.d, NAME.sh) or directories holding them,
#                   as paths or relative to test/cases (default: all of test/cases)
#
# The build tree is the current directory if it holds cmd/dtrace, else the
# source tree (the directory above this script).
#
# Case kinds
#   NAME.d    run as `dtrace OPTS [-c "$PROGS/TRIGGER"] -s NAME.d ARGS` in the
#             case's directory.
#   NAME.sh   run as `bash NAME.sh` in the case's directory, with DTRACE and
#             PROGS exported (for -n one-liners, option errors, -c/-p, signals).
#             Exit status 77 skips it (first stderr line: why), when the
#             machine lacks something the case needs.
#
# Expected results
#   NAME.r    expected stdout; optionally followed by a line `-- @@stderr --`
#             and the expected stderr (without that section stderr is not
#             compared).  Before comparing, the absolute path of the progs
#             directory in the actual output is replaced by `@@PROGS`.
#   NAME.chk  optional executable, run in the case's directory as
#             `NAME.chk STDOUT-FILE STDERR-FILE EXIT-STATUS` (with DTRACE and
#             PROGS exported); it must exit 0.  Used for output that varies
#             (pids, timestamps); when NAME.r exists too, both must agree.
#
# Directives: comment lines of the case file holding `@@name: value`
#   @@opts: OPTIONS        extra dtrace options before -s (shell words)
#   @@args: ARGS           words after the script name (macro arguments)
#   @@trigger: PROG ARGS   pass -c "$PROGS/PROG ARGS" to dtrace ($target)
#   @@exit: N              expected exit status (default 0; `any` to not check)
#   @@timeout: S           seconds before the case is killed (default 10),
#                          multiplied by $TIMEOUT_SCALE when set (slow
#                          runs: valgrind, sanitizers)
#   @@sort                 compare stdout (and stdout only) after sorting lines
#   @@cpu: N               run dtrace bound to CPU N (taskset); skipped if
#                          CPU N is not available
#   @@skip: REASON         do not run the case
#
# Output: one line per case (PASS/FAIL/SKIP name), with the command, exit
# status and diffs after each failure, then one line `N passed, N failed`
# (`, N skipped` when any).  Exit status 1 if any case failed, 77 when not
# run as root.

set -u

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
casesdir="$srcdir/test/cases"

if [ -x "$PWD/cmd/dtrace" ]; then
	builddir=$PWD
else
	builddir=$srcdir
fi

DTRACE=$builddir/cmd/dtrace
PROGS=$builddir/test/progs
units=()
targets=()

usage() {
	echo "usage: run-tests.sh [--dtrace PATH] [--progs DIR] [--unit PROG]... [case-or-dir ...]" >&2
	exit 2
}

abspath() {
	realpath -ms -- "$1" 2> /dev/null && return
	case "$1" in
	/*) printf '%s\n' "$1" ;;
	*) printf '%s\n' "$PWD/$1" ;;
	esac
}

while [ $# -gt 0 ]; do
	case "$1" in
	--dtrace) [ $# -ge 2 ] || usage; DTRACE=$(abspath "$2"); shift 2 ;;
	--dtrace=*) DTRACE=$(abspath "${1#*=}"); shift ;;
	--progs) [ $# -ge 2 ] || usage; PROGS=$(abspath "$2"); shift 2 ;;
	--progs=*) PROGS=$(abspath "${1#*=}"); shift ;;
	--unit) [ $# -ge 2 ] || usage; units+=("$(abspath "$2")"); shift 2 ;;
	--unit=*) units+=("$(abspath "${1#*=}")"); shift ;;
	-h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
	--) shift; targets+=("$@"); break ;;
	-*) echo "run-tests.sh: unknown option $1" >&2; usage ;;
	*) targets+=("$1"); shift ;;
	esac
done

if [ "$(id -u)" -ne 0 ]; then
	echo "run-tests.sh: the tests load BPF programs and trace the whole system:" \
	    "they must run as root; skipping them all" >&2
	exit 77
fi

timeout_scale=${TIMEOUT_SCALE:-1}
if ! [[ $timeout_scale =~ ^[1-9][0-9]*$ ]]; then
	echo "run-tests.sh: TIMEOUT_SCALE must be a positive integer" >&2
	exit 2
fi

# Strip a trailing slash so that the progs path is replaced consistently.
PROGS=${PROGS%/}
export DTRACE PROGS

[ -x "$DTRACE" ] || echo "run-tests.sh: warning: $DTRACE is not an executable" >&2
[ -d "$PROGS" ] || echo "run-tests.sh: warning: $PROGS is not a directory" >&2

# Collect the case files.
cases=()
add_target() {
	local t=$1 p
	if [ -e "$t" ]; then
		p=$(abspath "$t")
	elif [ -e "$casesdir/$t" ]; then
		p=$casesdir/$t
	elif [ -e "$srcdir/test/$t" ]; then
		p=$srcdir/test/$t
	else
		echo "run-tests.sh: no such case or directory: $t" >&2
		return 1
	fi
	if [ -d "$p" ]; then
		while IFS= read -r f; do
			cases+=("$f")
		done < <(find "$p" -type f \( -name '*.d' -o -name '*.sh' \) | LC_ALL=C sort)
	else
		cases+=("$p")
	fi
}

bad_target=0
if [ ${#targets[@]} -eq 0 ]; then
	add_target "$casesdir" || bad_target=1
else
	for t in "${targets[@]}"; do
		add_target "$t" || bad_target=1
	done
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dtrace-tests.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

npass=0
nfail=0
nskip=0

# A path relative to test/ for display: cases/area/name.d
display_name() {
	case "$1" in
	"$srcdir/test/"*) printf '%s\n' "${1#"$srcdir/test/"}" ;;
	*) printf '%s\n' "$1" ;;
	esac
}

# The value of directive NAME in FILE (last one wins); status 1 if absent.
# Directives live in comment lines: `/* @@name: value */`, `# @@name: value`,
# ` * @@name: value`, `// @@name: value`.
directive() {
	local file=$1 name=$2 line val found=1
	while IFS= read -r line || [ -n "$line" ]; do
		[[ $line =~ ^[[:space:]]*(/\*|\*|//|#) ]] || continue
		[[ $line =~ @@$name(:[[:space:]]*(.*))?$ ]] || \
		    [[ $line =~ @@$name(:[[:space:]]*(.*))?[[:space:]]*\*/[[:space:]]*$ ]] || continue
		val=${BASH_REMATCH[2]}
		val=${val%%\*/*}
		val=${val%"${val##*[![:space:]]}"}
		found=0
	done < "$file"
	[ $found -eq 0 ] && printf '%s\n' "$val"
	return $found
}

# Run a command in its own session with a time limit.  Sets run_status;
# sets timed_out=1 if the command had to be killed.
run_limited() {
	local limit=$1 out=$2 err=$3 pid ticks=0 max
	shift 3
	max=$(( limit * 10 ))
	timed_out=0
	setsid "$@" > "$out" 2> "$err" < /dev/null &
	pid=$!
	while kill -0 "$pid" 2> /dev/null; do
		# A finished but unreaped child still answers kill -0: check its state.
		if [ "$(sed 's/.*) //; s/ .*//' "/proc/$pid/stat" 2> /dev/null)" = Z ]; then
			break
		fi
		if [ $ticks -ge $max ]; then
			kill -KILL -- "-$pid" 2> /dev/null || kill -KILL "$pid" 2> /dev/null
			timed_out=1
			break
		fi
		sleep 0.1
		ticks=$(( ticks + 1 ))
	done
	wait "$pid" 2> /dev/null
	run_status=$?
	# Leave nothing behind: the whole session (dtrace, its -c children).
	kill -KILL -- "-$pid" 2> /dev/null
	return 0
}

# Replace the progs path by @@PROGS in file $1 (in place).
mask_progs() {
	local esc
	esc=$(printf '%s\n' "$PROGS" | sed 's/[][\.*^$/&]/\\&/g')
	sed -i "s/$esc/@@PROGS/g" "$1"
}

quote_cmd() {
	local w s=""
	for w in "$@"; do
		if [[ $w =~ ^[A-Za-z0-9_./=:@%+-]+$ ]]; then
			s+="$w "
		else
			s+="'${w//\'/\'\\\'\'}' "
		fi
	done
	printf '%s\n' "${s% }"
}

report_fail() {
	echo "FAIL $1${2:+ ($2)}"
	nfail=$(( nfail + 1 ))
}

run_unit() {
	local prog=$1 name out err
	name="unit/$(basename "$prog")"
	out=$tmp/unit.out
	err=$tmp/unit.err
	if [ ! -x "$prog" ]; then
		report_fail "$name" "not an executable: $prog"
		return
	fi
	run_limited 120 "$out" "$err" "$prog"
	if [ $timed_out -eq 0 ] && [ $run_status -eq 0 ]; then
		echo "PASS $name"
		npass=$(( npass + 1 ))
		return
	fi
	if [ $timed_out -eq 1 ]; then
		report_fail "$name" "timed out after 120s"
	else
		report_fail "$name"
	fi
	echo "  command: $prog"
	echo "  exit status: $run_status"
	sed 's/^/  | /' "$out" "$err" | tail -n 60
}

run_case() {
	local file=$1 name dir base kind stem v opts=() args=() trigger="" exitexp=0
	local limit=10 sort=0 cpu="" skip cmd=() rfile chk ok=1 why=""
	local out=$tmp/stdout err=$tmp/stderr expout=$tmp/expected.stdout experr=$tmp/expected.stderr
	name=$(display_name "$file")
	dir=$(dirname "$file")
	base=$(basename "$file")
	kind=${base##*.}
	stem=${file%.*}
	rfile=$stem.r
	chk=$stem.chk
	rm -f "$expout" "$experr"

	if skip=$(directive "$file" skip); then
		echo "SKIP $name (${skip:-no reason given})"
		nskip=$(( nskip + 1 ))
		return
	fi
	if v=$(directive "$file" opts); then
		eval "opts=($v)" 2> /dev/null || { report_fail "$name" "bad @@opts: $v"; return; }
	fi
	if v=$(directive "$file" args); then
		eval "args=($v)" 2> /dev/null || { report_fail "$name" "bad @@args: $v"; return; }
	fi
	trigger=$(directive "$file" trigger)
	v=$(directive "$file" exit) && exitexp=$v
	v=$(directive "$file" timeout) && limit=$v
	directive "$file" sort > /dev/null && sort=1
	cpu=$(directive "$file" cpu)

	if ! [[ $limit =~ ^[0-9]+$ ]] || ! [[ $exitexp =~ ^([0-9]+|any)$ ]]; then
		report_fail "$name" "bad @@timeout or @@exit directive"
		return
	fi
	limit=$(( limit * timeout_scale ))
	if [ ! -e "$rfile" ] && [ ! -e "$chk" ]; then
		report_fail "$name" "no expected results: neither $(basename "$rfile") nor $(basename "$chk")"
		return
	fi

	if [ -n "$cpu" ]; then
		if ! command -v taskset > /dev/null 2>&1; then
			echo "SKIP $name (@@cpu needs taskset)"
			nskip=$(( nskip + 1 ))
			return
		fi
		if ! taskset -c "$cpu" true 2> /dev/null; then
			echo "SKIP $name (CPU $cpu is not available)"
			nskip=$(( nskip + 1 ))
			return
		fi
		cmd=(taskset -c "$cpu")
	fi

	case "$kind" in
	d)
		cmd+=("$DTRACE" "${opts[@]}")
		[ -n "$trigger" ] && cmd+=(-c "$PROGS/$trigger")
		cmd+=(-s "$base" "${args[@]}")
		;;
	sh)
		cmd+=(bash "$base" "${args[@]}")
		;;
	esac

	(cd "$dir" && run_limited "$limit" "$out" "$err" "${cmd[@]}"; echo "$run_status $timed_out" > "$tmp/status")
	read -r run_status timed_out < "$tmp/status"

	mask_progs "$out"
	mask_progs "$err"

	# a .sh case that finds the machine lacks what it needs exits 77
	if [ "$kind" = sh ] && [ "$run_status" -eq 77 ] && [ "$exitexp" != 77 ]; then
		echo "SKIP $name ($(head -n 1 "$err"))"
		nskip=$(( nskip + 1 ))
		return
	fi

	if [ "$timed_out" -eq 1 ]; then
		ok=0
		why="timed out after ${limit}s"
	elif [ "$exitexp" != any ] && [ "$run_status" -ne "$exitexp" ]; then
		ok=0
		why="exit status $run_status, expected $exitexp"
	fi

	local diffs=$tmp/diffs chkout=$tmp/chk.out
	: > "$diffs"
	if [ -e "$rfile" ]; then
		if grep -q -x -e '-- @@stderr --' "$rfile"; then
			sed '/^-- @@stderr --$/,$d' "$rfile" > "$expout"
			sed '0,/^-- @@stderr --$/d' "$rfile" > "$experr"
		else
			cp "$rfile" "$expout"
			rm -f "$experr"
		fi
		if [ $sort -eq 1 ]; then
			LC_ALL=C sort "$expout" -o "$expout"
			LC_ALL=C sort "$out" -o "$out.sorted"
		else
			cp "$out" "$out.sorted"
		fi
		if ! diff -u --label "expected stdout" --label "actual stdout" \
		    "$expout" "$out.sorted" >> "$diffs"; then
			ok=0
			why=${why:-stdout differs}
		fi
		if [ -e "$experr" ] && ! diff -u --label "expected stderr" \
		    --label "actual stderr" "$experr" "$err" >> "$diffs"; then
			ok=0
			why=${why:-stderr differs}
		fi
	fi
	if [ -e "$chk" ]; then
		local chkcmd=("$chk")
		[ -x "$chk" ] || chkcmd=(bash "$chk")
		if ! (cd "$dir" && "${chkcmd[@]}" "$out" "$err" "$run_status") > "$chkout" 2>&1; then
			ok=0
			why=${why:-$(basename "$chk") failed}
		fi
	fi

	if [ $ok -eq 1 ]; then
		echo "PASS $name"
		npass=$(( npass + 1 ))
		return
	fi
	report_fail "$name" "$why"
	echo "  command: cd $dir && $(quote_cmd "${cmd[@]}")"
	echo "  exit status: $run_status (expected $exitexp)"
	if [ -s "$diffs" ]; then
		cat "$diffs"
	fi
	if [ -e "$chk" ] && [ -s "$chkout" ]; then
		echo "  $(basename "$chk") said:"
		sed 's/^/  | /' "$chkout"
	fi
	if [ ! -e "$rfile" ] || [ ! -e "$experr" ]; then
		# Show what was not compared, to help diagnose.
		if [ ! -e "$rfile" ] && [ -s "$out" ]; then
			echo "  stdout:"
			sed 's/^/  | /' "$out" | head -n 40
		fi
		if [ -s "$err" ]; then
			echo "  stderr:"
			sed 's/^/  | /' "$err" | head -n 40
		fi
	fi
}

for u in "${units[@]+"${units[@]}"}"; do
	run_unit "$u"
done

for c in "${cases[@]+"${cases[@]}"}"; do
	case "$c" in
	*.d|*.sh) run_case "$c" ;;
	*) report_fail "$(display_name "$c")" "not a case file (.d or .sh)" ;;
	esac
done

if [ $bad_target -ne 0 ]; then
	nfail=$(( nfail + 1 ))
fi

if [ $nskip -gt 0 ]; then
	echo "$npass passed, $nfail failed, $nskip skipped"
else
	echo "$npass passed, $nfail failed"
fi
[ $nfail -eq 0 ]
