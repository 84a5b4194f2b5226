# A handful of representative runs with dtrace under valgrind's memcheck
# (test/valgrind-dtrace.sh): the compiler with a good program and a bad one,
# the consumer's printf, printa and aggregations, speculations, copyinstr()
# of a -c workload, a fault.  Any definite or indirect leak or memory error
# makes a run exit 99 and its valgrind report is shown.  The whole sweep
# over every case is scripts/valgrind-check.sh (make valgrind-check).
#
# @@timeout: 120
if ! command -v valgrind > /dev/null 2>&1; then
	echo "valgrind is not installed" >&2
	exit 77
fi
logs=$(mktemp -d "${TMPDIR:-/tmp}/dtrace-vg.XXXXXX") || exit 1
trap 'rm -rf "$logs"' EXIT
export VALGRIND_DTRACE=$DTRACE VALGRIND_LOGDIR=$logs
vg=../../valgrind-dtrace.sh

run() {
	local name=$1 st
	shift
	echo "== $name"
	rm -f "$logs"/*.log
	# the offset of a faulting instruction changes with the code generator
	"$vg" "$@" 2>&1 | sed 's/at DIF offset [0-9]*$/at DIF offset N/'
	st=${PIPESTATUS[0]}
	echo "exit status $st"
	# memcheck's findings, without valgrind's warnings about calls it does not know
	cat "$logs"/*.log 2> /dev/null | grep '^==[0-9]*==' | sed 's/^==[0-9]*== //'
}

run printf-aggs -qn '
BEGIN
{
	@c["a", 1] = count(); @c["b", 2] = count(); @s = sum(5); @q = quantize(9);
	@l = lquantize(3, 0, 10, 2); @a = avg(4); @mx = max(7);
	printf("%s %d %5.2s|%-4d|%x\n", "str", 42, "abc", 7, 255);
	printa("%s %d %@d\n", @c);
	exit(0);
}'

run speculation -q -x nspec=2 -n '
BEGIN { s = speculation(); speculate(s); printf("committed %d\n", 1); }
BEGIN { t = speculation(); speculate(t); printf("discarded\n"); }
BEGIN { commit(s); discard(t); }
tick-1ms { exit(0); }'

run copyinstr -q -c "$PROGS/openall /etc/hostname /nonexistent" -n '
syscall::openat:entry /pid == $target/ { printf("%s\n", copyinstr(arg1)); }'

run fault -q -n 'BEGIN { trace(*(int *)8); } BEGIN { exit(0); }'

run compile-error -n 'BEGIN { x = ; }'
