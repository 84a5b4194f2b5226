#!/bin/bash
# Benchmarks of the tracer against a hand-written libbpf baseline ("minimal")
# and bpftrace: start-up time, per-event overhead, attach/detach time.
#
# usage: run-bench.sh [--dtrace PATH] [--bench-dir DIR] [--bpftrace PATH]
#                     [--loops N] [--reps N] [--startup-runs N] [--clock cpu|wall]
#                     [--stat min|median]
#
# Run from the top of the build tree (as `make bench` does); the defaults are
# relative to it.  Every option can also be given as an environment variable:
#   DTRACE        dtrace binary                    (default: cmd/dtrace)
#   BENCH_DIR     built bench programs             (default: test/bench)
#   BPFTRACE      bpftrace binary; "" = skip it    (default: bpftrace from PATH)
#   LOOPS         getppid() calls per measurement  (default: 5000000)
#   REPS          repetitions of each event row    (default: 5)
#   STAT          which rep of an event row is kept (default: min, the run least
#                 disturbed by other programs, whose noise only adds; or median)
#   CLOCK         how the getppid() loop is timed  (default: cpu, the loop's CPU
#                 time, not the time it waits for a CPU; or wall: wall clock)
#   STARTUP_RUNS  runs for the start-up medians    (default: 20)
#   ATTACH_TIMEOUT  cap for one attach/detach run, s (default: 120)
#   READY_TIMEOUT   how long to wait for "ready", s  (default: 30)
#
# Needs root (the tracers load BPF programs).  Uses bash, coreutils and awk
# only.  Exits 0 even when a tracer is missing or fails; its rows say why.

# $(SHELL) may be a POSIX sh: this script needs bash.
if [ -z "${BASH_VERSION:-}" ]; then
	exec bash "$0" "$@"
fi

set -u
export LC_ALL=C

DTRACE=${DTRACE:-cmd/dtrace}
BENCH_DIR=${BENCH_DIR:-test/bench}
BPFTRACE=${BPFTRACE-bpftrace}
LOOPS=${LOOPS:-5000000}
REPS=${REPS:-5}
CLOCK=${CLOCK:-cpu}
STAT=${STAT:-min}
STARTUP_RUNS=${STARTUP_RUNS:-20}
ATTACH_TIMEOUT=${ATTACH_TIMEOUT:-120}
READY_TIMEOUT=${READY_TIMEOUT:-30}
STOP_TIMEOUT=10

usage() {
	sed -n '4,23p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
}

while [ $# -gt 0 ]; do
	case $1 in
	--dtrace) DTRACE=$2; shift 2 ;;
	--bench-dir) BENCH_DIR=$2; shift 2 ;;
	--bpftrace) BPFTRACE=$2; shift 2 ;;
	--loops) LOOPS=$2; shift 2 ;;
	--reps) REPS=$2; shift 2 ;;
	--startup-runs) STARTUP_RUNS=$2; shift 2 ;;
	--clock) CLOCK=$2; shift 2 ;;
	--stat) STAT=$2; shift 2 ;;
	-h|--help) usage ;;
	*) echo "run-bench.sh: unknown argument '$1'" >&2; usage ;;
	esac
done

case $CLOCK in
cpu) LOOP_CLOCK=(-t); CLOCK_WHAT="the loop's CPU time" ;;
wall) LOOP_CLOCK=(); CLOCK_WHAT="wall-clock time" ;;
*) echo "run-bench.sh: --clock is cpu or wall, not '$CLOCK'" >&2; usage ;;
esac
case $STAT in
min|median) ;;
*) echo "run-bench.sh: --stat is min or median, not '$STAT'" >&2; usage ;;
esac

LOOP=$BENCH_DIR/getppid_loop
MIN_COUNT=$BENCH_DIR/minimal_count
MIN_AGG=$BENCH_DIR/minimal_agg
MIN_TIMING=$BENCH_DIR/minimal_timing

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dtrace-bench.XXXXXX") || exit 1
FIFO=$TMP/stdin
mkfifo "$FIFO" || exit 1
TR_PID=
cleanup() {
	if [ -n "$TR_PID" ]; then
		kill -KILL "$TR_PID" 2>/dev/null
		wait "$TR_PID" 2>/dev/null
	fi
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- helpers

# Wall clock in microseconds, without forking.
now_us() {
	local t=${EPOCHREALTIME:-}
	if [ -n "$t" ]; then
		NOW_US=${t/./}
	else
		NOW_US=$(( $(date +%s%N) / 1000 ))
	fi
}

# median: numbers on stdin, one per line -> their median ("" if none).
median() {
	sort -g | awk '{ v[NR] = $1 } END {
		if (NR == 0) exit
		if (NR % 2) print v[(NR + 1) / 2]
		else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# median_words "N N N": the median of space-separated numbers.
median_words() {
	tr -s " " "\n" <<< "$1" | grep . | median
}

# kept_words "N N N": the rep of an event row that is kept (STAT).
kept_words() {
	if [ "$STAT" = min ]; then
		tr -s " " "\n" <<< "$1" | grep . | sort -g | head -n 1
	else
		median_words "$1"
	fi
}

# calc EXPR: awk arithmetic on numbers, printed with 2 decimals.
calc() {
	awk "BEGIN { printf \"%.2f\", $1 }"
}

# ratio A B: A/B with 2 decimals, or "n/a" when B is not positive.
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN {
		if (a == "" || b == "" || b + 0 <= 0) print "n/a"
		else if (a / b < 0.1 && a / b > -0.1) printf "%.3gx\n", a / b
		else printf "%.2fx\n", a / b }'
}

first_line() {
	local l
	l=$(grep -v '^[[:space:]]*$' "$1" 2>/dev/null | grep -v RLIMIT_MEMLOCK | head -n 1)
	# Long diagnostics (dtrace echoes the program) keep their head and tail.
	if [ ${#l} -gt 110 ]; then
		l="${l:0:35} ... ${l: -70}"
	fi
	printf "%s" "$l"
}

# ": first line of stderr", or nothing when stderr is empty.
err_suffix() {
	local l
	l=$(first_line "$TMP/err")
	[ -z "$l" ] || printf ": %s" "$l"
}

# spawn CMD...: run CMD (a function that execs) with the default SIGINT
# action: bash starts background jobs of a script with SIGINT ignored, and a
# tracer may keep ignoring a signal that was ignored when it started.
spawn() {
	trap - INT QUIT
	"$@"
}

# start_tracer CMD...: start CMD in the background, its stdin a fifo that we
# hold open (closing it stops the minimal programs), stdout/stderr in
# $TMP/out and $TMP/err; wait until it prints a line "ready".
# Returns 0 when ready, 1 when it exited first (rc in TR_RC), 2 on timeout.
start_tracer() {
	: > "$TMP/out"
	: > "$TMP/err"
	exec 9<> "$FIFO"
	spawn "$@" < "$FIFO" > "$TMP/out" 2> "$TMP/err" 9>&- &
	TR_PID=$!
	TR_RC=
	local start
	now_us; start=$NOW_US
	while :; do
		if grep -qx 'ready' "$TMP/out" 2>/dev/null; then
			return 0
		fi
		if ! kill -0 "$TR_PID" 2>/dev/null; then
			wait "$TR_PID"
			TR_RC=$?
			TR_PID=
			exec 9>&-
			return 1
		fi
		now_us
		if [ $(( NOW_US - start )) -gt $(( READY_TIMEOUT * 1000000 )) ]; then
			stop_tracer
			return 2
		fi
		sleep 0.02
	done
}

# stop_tracer: SIGINT (and close its stdin), then SIGTERM, then SIGKILL.
stop_tracer() {
	[ -n "$TR_PID" ] || return 0
	local sig waited
	for sig in INT TERM KILL; do
		kill -"$sig" "$TR_PID" 2>/dev/null
		exec 9>&-
		waited=0
		while kill -0 "$TR_PID" 2>/dev/null && [ $waited -lt $(( STOP_TIMEOUT * 10 )) ]; do
			sleep 0.1
			waited=$(( waited + 1 ))
		done
		kill -0 "$TR_PID" 2>/dev/null || break
		echo "  (note: tracer pid $TR_PID ignored SIG$sig for ${STOP_TIMEOUT}s)" >&2
	done
	wait "$TR_PID" 2>/dev/null
	TR_RC=$?
	TR_PID=
}

# loop_ns: run the getppid loop, print its ns/call.
loop_ns() {
	"$LOOP" "${LOOP_CLOCK[@]}" "$LOOPS" | awk '{ print $1 }'
}

# The number of events a tracer reported at exit, from $TMP/out.
events_seen() {
	case $1 in
	minimal_count) awk '$1 == "count" { print $2 }' "$TMP/out" ;;
	minimal_aggcount|dtrace_agg) awk '$1 == "getppid_loop" { print $2 }' "$TMP/out" ;;
	minimal_agg*) awk '$1 == "total" { print $2 }' "$TMP/out" ;;
	# dtrace -q prints a keyless count as one number; a sum as "KEY SUM"
	# rows; a histogram as "VALUE |@@@ COUNT" rows.
	dtrace_aggone) awk 'NF == 1 && $1 ~ /^[0-9]+$/ { print $1 }' "$TMP/out" ;;
	dtrace_aggsum) awk 'NF == 2 { n += $2; rows++ } END { if (rows) print n }' "$TMP/out" ;;
	dtrace_aggquant) awk '$2 ~ /^\|/ { n += $NF; rows++ } END { if (rows) print n }' "$TMP/out" ;;
	minimal_timing) awk '$1 == "pairs" { print $2 }' "$TMP/out" ;;
	bpftrace_count) awk '$1 == "@n:" { print $2 }' "$TMP/out" ;;
	bpftrace_agg) awk '$1 == "@[getppid_loop]:" { print $2 }' "$TMP/out" ;;
	*) ;;
	esac
}

hr() {
	printf '%s\n' "--------------------------------------------------------------------------------"
}

# ---------------------------------------------------------------- checks

echo "DTrace benchmarks  ($(date '+%Y-%m-%d %H:%M:%S'), kernel $(uname -r), $(nproc) CPUs)"
hr

if [ "$(id -u)" != 0 ]; then
	echo "note: not running as root: loading BPF programs will most likely fail."
fi
if [ ! -d /sys/kernel/tracing/events ]; then
	if mount -t tracefs nodev /sys/kernel/tracing 2>/dev/null; then
		echo "note: mounted tracefs on /sys/kernel/tracing"
	else
		echo "note: tracefs is not mounted at /sys/kernel/tracing and could not be mounted"
	fi
fi

for p in "$LOOP" "$MIN_COUNT" "$MIN_AGG" "$MIN_TIMING" "$MIN_AGG"{count,one,sum,quant}.bpf.o; do
	if [ ! -f "$p" ]; then
		echo "error: $p is not built (run 'make bench')"
		exit 0
	fi
done

HAVE_DTRACE=0
DTRACE_WHY=
if [ -x "$DTRACE" ] && [ ! -d "$DTRACE" ]; then
	HAVE_DTRACE=1
	echo "dtrace:   $DTRACE"
else
	DTRACE_WHY="dtrace not built"
	echo "dtrace:   not built (no executable at '$DTRACE'): its rows are skipped"
fi

HAVE_BPFTRACE=0
BPFTRACE_WHY="bpftrace not installed"
if [ -n "$BPFTRACE" ] && BPFTRACE_PATH=$(command -v "$BPFTRACE" 2>/dev/null); then
	HAVE_BPFTRACE=1
	BPFTRACE=$BPFTRACE_PATH
	echo "bpftrace: $BPFTRACE ($("$BPFTRACE" --version 2>/dev/null | head -n 1))"
else
	echo "bpftrace: not installed: its rows are skipped"
fi
echo "minimal:  hand-written libbpf programs in $BENCH_DIR"

# Line-buffered stdout for the dtrace event runs, so that "ready" is seen
# even if dtrace does not flush it into a file itself.
DT_PREFIX=()
if command -v stdbuf >/dev/null 2>&1; then
	DT_PREFIX=(stdbuf -oL)
fi

# ---------------------------------------------------------------- start-up

echo
echo "1. Start-up: median wall time of $STARTUP_RUNS runs of a program that exits at once"
hr

# startup_median CMD...: sets SU_MS (median, ms) or SU_ERR.
startup_median() {
	local i rc t0
	SU_MS=
	SU_ERR=
	: > "$TMP/times"
	for (( i = 0; i < STARTUP_RUNS; i++ )); do
		now_us; t0=$NOW_US
		"$@" < /dev/null > /dev/null 2> "$TMP/err"
		rc=$?
		now_us
		if [ $rc -ne 0 ]; then
			SU_ERR="failed (exit $rc)$(err_suffix)"
			return 1
		fi
		echo $(( NOW_US - t0 )) >> "$TMP/times"
	done
	SU_MS=$(median < "$TMP/times" | awk '{ printf "%.2f", $1 / 1000 }')
}

printf '%-10s %-44s %12s\n' "tracer" "program" "median"
SU_DTRACE=
SU_BPFTRACE=
SU_MINIMAL=
if [ $HAVE_DTRACE = 1 ]; then
	if startup_median "$DTRACE" -qn 'BEGIN { exit(0); }'; then
		SU_DTRACE=$SU_MS
		printf '%-10s %-44s %9s ms\n' dtrace "-qn 'BEGIN { exit(0); }'" "$SU_DTRACE"
	else
		printf '%-10s %-44s %s\n' dtrace "-qn 'BEGIN { exit(0); }'" "$SU_ERR"
	fi
else
	printf '%-10s %-44s %s\n' dtrace "-qn 'BEGIN { exit(0); }'" "$DTRACE_WHY"
fi
if [ $HAVE_BPFTRACE = 1 ]; then
	if startup_median "$BPFTRACE" -e 'BEGIN { exit(); }'; then
		SU_BPFTRACE=$SU_MS
		printf '%-10s %-44s %9s ms\n' bpftrace "-e 'BEGIN { exit(); }'" "$SU_BPFTRACE"
	else
		printf '%-10s %-44s %s\n' bpftrace "-e 'BEGIN { exit(); }'" "$SU_ERR"
	fi
else
	printf '%-10s %-44s %s\n' bpftrace "-e 'BEGIN { exit(); }'" "$BPFTRACE_WHY"
fi
# The floor: open, load and attach a small object, then exit (stdin is empty).
if startup_median "$MIN_COUNT"; then
	SU_MINIMAL=$SU_MS
	printf '%-10s %-44s %9s ms\n' minimal "minimal_count (load, attach, exit)" "$SU_MINIMAL"
else
	printf '%-10s %-44s %s\n' minimal "minimal_count (load, attach, exit)" "$SU_ERR"
fi
if [ -n "$SU_DTRACE" ] && [ -n "$SU_BPFTRACE" ]; then
	echo "ratio dtrace/bpftrace: $(ratio "$SU_DTRACE" "$SU_BPFTRACE")"
else
	echo "ratio dtrace/bpftrace: n/a"
fi

# Compile time of a 500-line script (-e: compile only, nothing loaded): 62
# clauses with predicates, struct members, this-> variables, if/else and a
# constant-folded ?: action.  The goal is under 50 ms.
big_script() {
	local i=0 n=5
	printf '#pragma D option quiet\nstruct foo { int a; long b; char c[8]; };\n'
	printf 'inline int DEBUG = 0;\nstruct foo gf;\nint y;\n'
	while [ $n -lt 500 ]; do
		printf 'BEGIN /y >= 0/\n{\n\tx%d = %d * 2 + (gf.a << 1);\n' $i $i
		printf '\tthis->t = x%d + 1;\n\tDEBUG ? printf("%%d\\n", this->t) : 1;\n' $i
		printf '\tif (this->t > 3) { y = this->t; } else { y = 0; }\n'
		printf '\tprintf("%%d %%s\\n", y, "abc");\n}\n'
		i=$((i + 1)); n=$((n + 8))
	done
	printf 'BEGIN { exit(0); }\n'
}
if [ $HAVE_DTRACE = 1 ]; then
	big_script > "$TMP/big.d"
	if startup_median "$DTRACE" -e -s "$TMP/big.d"; then
		printf '%-10s %-44s %9s ms\n' dtrace "-e -s big.d ($(wc -l < "$TMP/big.d") lines)" "$SU_MS"
	else
		printf '%-10s %-44s %s\n' dtrace "-e -s big.d" "$SU_ERR"
	fi
fi

# ---------------------------------------------------------------- per event

echo
echo "2. Per-event overhead: getppid() x $LOOPS, traced vs untraced"
echo "   overhead = ns/call traced - ns/call untraced ($STAT of $REPS runs each;"
echo "   calls timed in $CLOCK_WHAT)"
hr

# Rows: ROW_KEYS[i] names a tracer configuration, with its command in a
# function cmd_KEY.  Each row is measured REPS times, interleaved with the
# untraced baseline.
DT_READY='BEGIN { printf("ready\n"); }'
BT_READY='BEGIN { printf("ready\n"); }'

D_COUNT='syscall::getppid:entry { n++; }'
D_AGG='syscall::getppid:entry { @[execname] = count(); }'
D_AGGONE='syscall::getppid:entry { @ = count(); }'
D_AGGSUM='syscall::getppid:entry { @[pid] = sum(arg0); }'
D_AGGQUANT='syscall::getppid:entry { @ = quantize(arg0); }'
D_SELF='syscall::getppid:entry { self->x = timestamp; } syscall::getppid:return /self->x/ { t += timestamp - self->x; self->x = 0; }'
B_COUNT='tracepoint:syscalls:sys_enter_getppid { @n = count(); }'
B_AGG='tracepoint:syscalls:sys_enter_getppid { @[comm] = count(); }'
B_SELF='tracepoint:syscalls:sys_enter_getppid { @x[tid] = nsecs; } tracepoint:syscalls:sys_exit_getppid /@x[tid]/ { @t = sum(nsecs - @x[tid]); delete(@x[tid]); }'

dtrace_q() { exec "${DT_PREFIX[@]}" "$DTRACE" -qn "$DT_READY $1"; }
cmd_dtrace_count() { dtrace_q "$D_COUNT"; }
cmd_dtrace_agg() { dtrace_q "$D_AGG"; }
cmd_dtrace_aggone() { dtrace_q "$D_AGGONE"; }
cmd_dtrace_aggsum() { dtrace_q "$D_AGGSUM"; }
cmd_dtrace_aggquant() { dtrace_q "$D_AGGQUANT"; }
cmd_dtrace_self() { dtrace_q "$D_SELF"; }
cmd_minimal_count() { exec "$MIN_COUNT"; }
# minimal_agg loads the object named after the row: minimal_aggcount.bpf.o ...
cmd_minimal_aggcount() { exec "$MIN_AGG" -o "$MIN_AGG"count.bpf.o; }
cmd_minimal_aggone() { exec "$MIN_AGG" -o "$MIN_AGG"one.bpf.o; }
cmd_minimal_aggsum() { exec "$MIN_AGG" -o "$MIN_AGG"sum.bpf.o; }
cmd_minimal_aggquant() { exec "$MIN_AGG" -o "$MIN_AGG"quant.bpf.o; }
cmd_minimal_timing() { exec "$MIN_TIMING" -c; }
cmd_bpftrace_count() { exec "$BPFTRACE" -e "$BT_READY $B_COUNT"; }
cmd_bpftrace_agg() { exec "$BPFTRACE" -e "$BT_READY $B_AGG"; }
cmd_bpftrace_self() { exec "$BPFTRACE" -e "$BT_READY $B_SELF"; }

ROW_KEYS=(minimal_count dtrace_count bpftrace_count
	minimal_aggcount dtrace_agg bpftrace_agg
	minimal_aggone dtrace_aggone
	minimal_aggsum dtrace_aggsum
	minimal_aggquant dtrace_aggquant
	minimal_timing dtrace_self bpftrace_self)

declare -A ROW_STATUS=()	# "" = ok so far, else why it is skipped
declare -A ROW_NS=()		# ns/call of each rep, space separated
declare -A ROW_SEEN=()		# events reported by the tracer, last rep
for key in "${ROW_KEYS[@]}"; do
	case $key in
	dtrace_*) ROW_STATUS[$key]=${DTRACE_WHY} ;;
	bpftrace_*) [ $HAVE_BPFTRACE = 1 ] && ROW_STATUS[$key]= || ROW_STATUS[$key]=$BPFTRACE_WHY ;;
	*) ROW_STATUS[$key]= ;;
	esac
	ROW_NS[$key]=
	ROW_SEEN[$key]=
done

BASE_NS=
for (( rep = 1; rep <= REPS; rep++ )); do
	ns=$(loop_ns)
	BASE_NS="$BASE_NS $ns"
	printf '   run %d/%d: untraced %s ns/call\n' "$rep" "$REPS" "$ns" >&2
	for key in "${ROW_KEYS[@]}"; do
		[ -z "${ROW_STATUS[$key]}" ] || continue
		start_tracer "cmd_$key"
		case $? in
		0) ;;
		1)
			if [ "${key%%_*}" = dtrace ] && [ "$key" != dtrace_count ]; then
				ROW_STATUS[$key]="unsupported yet (exit $TR_RC)$(err_suffix)"
			else
				ROW_STATUS[$key]="failed (exit $TR_RC)$(err_suffix)"
			fi
			continue ;;
		*)
			ROW_STATUS[$key]="no 'ready' line within ${READY_TIMEOUT}s$(err_suffix)"
			continue ;;
		esac
		ns=$(loop_ns)
		stop_tracer
		ROW_NS[$key]="${ROW_NS[$key]} $ns"
		ROW_SEEN[$key]=$(events_seen "$key")
		printf '   run %d/%d: %-16s %s ns/call\n' "$rep" "$REPS" "$key" "$ns" >&2
	done
done

BASE=$(kept_words "$BASE_NS")
echo "untraced: $BASE ns/call"
echo
printf '%-9s %-10s %11s %13s %10s  %s\n' "row" "tracer" "ns/call" "overhead/ev" "vs minimal" "events seen (last run)"

declare -A OVER=()
print_row() {	# print_row ROWNAME TRACER KEY MINKEY
	local row=$1 tracer=$2 key=$3 minkey=$4 ns over seen vs
	if [ -n "${ROW_STATUS[$key]}" ]; then
		printf '%-9s %-10s %s\n' "$row" "$tracer" "${ROW_STATUS[$key]}"
		return
	fi
	ns=$(kept_words "${ROW_NS[$key]}")
	over=$(calc "$ns - $BASE")
	OVER[$key]=$over
	if [ "$key" = "$minkey" ]; then
		vs="1.00x"
	else
		vs=$(ratio "$over" "${OVER[$minkey]:-}")
	fi
	seen=${ROW_SEEN[$key]:-}
	[ -n "$seen" ] || seen="-"
	printf '%-9s %-10s %8s ns %10s ns %10s  %s\n' "$row" "$tracer" "$ns" "$over" "$vs" "$seen"
}

print_row "n++" minimal minimal_count minimal_count
print_row "" dtrace dtrace_count minimal_count
print_row "" bpftrace bpftrace_count minimal_count
print_row "@[exec]" minimal minimal_aggcount minimal_aggcount
print_row "" dtrace dtrace_agg minimal_aggcount
print_row "" bpftrace bpftrace_agg minimal_aggcount
print_row "@count" minimal minimal_aggone minimal_aggone
print_row "" dtrace dtrace_aggone minimal_aggone
print_row "@[pid]sum" minimal minimal_aggsum minimal_aggsum
print_row "" dtrace dtrace_aggsum minimal_aggsum
print_row "@quantize" minimal minimal_aggquant minimal_aggquant
print_row "" dtrace dtrace_aggquant minimal_aggquant
print_row "self->x" minimal minimal_timing minimal_timing
print_row "" dtrace dtrace_self minimal_timing
print_row "" bpftrace bpftrace_self minimal_timing
echo
note() {	# note ROWNAME TRACER PROGRAM: what a row runs
	printf '   %-11s %-8s %s\n' "$1" "$2" "$3"
}
note "n++:" dtrace "-n '$D_COUNT'"
note "" bpftrace "-e '$B_COUNT'"
note "@[exec]:" dtrace "-n '$D_AGG'"
note "" bpftrace "-e '$B_AGG'"
note "@count:" dtrace "-n '$D_AGGONE'"
note "@[pid]sum:" dtrace "-n '$D_AGGSUM'"
note "@quantize:" dtrace "-n '$D_AGGQUANT'"
note "self->x:" dtrace "-n '$D_SELF'"
note "" bpftrace "-e '$B_SELF'"
echo "   minimal: raw_tp/sys_enter (and sys_exit) programs doing the same work by hand."
echo "   'events seen' should be about $LOOPS (other processes' getppid() calls add a few);"
echo "   for @[pid]sum it is the sum of arg0 over all keys (getppid() takes no argument:"
echo "   arg0 is what the caller left in the register), for dtrace and minimal alike."

# ---------------------------------------------------------------- attach/detach

echo
echo "3. Attach/detach: wall time of a run that enables every syscall entry probe"
echo "   for 1 s, minus that 1 s (one run each, capped at ${ATTACH_TIMEOUT} s)"
hr

# attach_detach CMD...: sets AD_S (seconds, less the 1 s) or AD_ERR.
attach_detach() {
	local rc t0
	AD_S=
	AD_ERR=
	now_us; t0=$NOW_US
	timeout -s KILL "$ATTACH_TIMEOUT" "$@" < /dev/null > "$TMP/out" 2> "$TMP/err"
	rc=$?
	now_us
	if [ $rc -eq 137 ] || [ $rc -eq 124 ]; then
		AD_ERR="> ${ATTACH_TIMEOUT} s (killed)"
		return 1
	elif [ $rc -ne 0 ]; then
		AD_ERR="failed (exit $rc)$(err_suffix)"
		return 1
	fi
	AD_S=$(awk -v us=$(( NOW_US - t0 )) 'BEGIN { printf "%.3f", us / 1e6 - 1 }')
}

printf '%-10s %-68s %s\n' "tracer" "program" "time"
AD_DTRACE=
AD_BPFTRACE=
D_AD='syscall:::entry { n++; } tick-1s { exit(0); }'
B_AD='tracepoint:syscalls:sys_enter_* { @n = count(); } interval:s:1 { exit(); }'
if [ $HAVE_DTRACE = 1 ]; then
	if attach_detach "$DTRACE" -qn "$D_AD"; then
		AD_DTRACE=$AD_S
		printf '%-10s %-68s %s s\n' dtrace "-qn '$D_AD'" "$AD_DTRACE"
	else
		printf '%-10s %-68s %s\n' dtrace "-qn '$D_AD'" "$AD_ERR"
	fi
else
	printf '%-10s %-68s %s\n' dtrace "-qn '$D_AD'" "$DTRACE_WHY"
fi
if [ $HAVE_BPFTRACE = 1 ]; then
	if attach_detach "$BPFTRACE" -e "$B_AD"; then
		AD_BPFTRACE=$AD_S
		nprobes=$(awk '/^Attaching [0-9]+ probes/ { print $2 }' "$TMP/out")
		printf '%-10s %-68s %s s%s\n' bpftrace "-e '$B_AD'" "$AD_BPFTRACE" \
			"${nprobes:+ ($nprobes probes)}"
	else
		printf '%-10s %-68s %s\n' bpftrace "-e '$B_AD'" "$AD_ERR"
	fi
else
	printf '%-10s %-68s %s\n' bpftrace "-e '$B_AD'" "$BPFTRACE_WHY"
fi
if [ -n "$AD_DTRACE" ] && [ -n "$AD_BPFTRACE" ]; then
	echo "ratio dtrace/bpftrace: $(ratio "$AD_DTRACE" "$AD_BPFTRACE")"
elif [ -n "$AD_DTRACE" ] && [ $HAVE_BPFTRACE = 1 ]; then
	echo "ratio dtrace/bpftrace: bpftrace $AD_ERR"
else
	echo "ratio dtrace/bpftrace: n/a"
fi

exit 0
