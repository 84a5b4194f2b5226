#!/bin/bash
#
# valgrind-dtrace.sh: run the dtrace under test in valgrind's memcheck, for
# test/run-tests.sh --dtrace (scripts/valgrind-check.sh) and the cases of
# test/cases/valgrind.
#
# Environment
#   VALGRIND_DTRACE   the real dtrace binary (required)
#   VALGRIND_LOGDIR   directory for one log per run, named after the
#                     directory the run started in and the pid; without it
#                     valgrind reports to stderr
#
# Leaks of kind definite and indirect and every memory error (invalid
# read/write, use of uninitialised values, bad frees) make valgrind exit 99
# once dtrace has ended; otherwise dtrace's own exit status is kept.  The
# known libbpf noise is suppressed by test/valgrind.supp.

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${VALGRIND_DTRACE:?VALGRIND_DTRACE must name the dtrace binary}"

log=()
if [ -n "${VALGRIND_LOGDIR:-}" ]; then
	# exec keeps this pid: the .cmd file says which run made the .log file.
	stem=$VALGRIND_LOGDIR/$(basename "$PWD").$$
	printf '%s\n' "cd $PWD && dtrace $*" > "$stem.cmd"
	log=("--log-file=$stem.log")
fi

exec valgrind --quiet --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
    --num-callers=30 --child-silent-after-fork=yes --suppressions="$here/valgrind.supp" "${log[@]}" \
    "$VALGRIND_DTRACE" "$@"
