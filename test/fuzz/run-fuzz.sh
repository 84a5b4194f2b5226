#!/bin/bash
#
# run-fuzz.sh: run the D compiler fuzz target for a fixed time.
#
# Usage: run-fuzz.sh FUZZER [SECONDS [LIBFUZZER-OPTIONS...]]
#
# First every input in test/fuzz/regress is run once (each is an input that
# once crashed, hung or leaked: it must not any more), then the fuzzer runs
# for SECONDS (default 60) with the dictionary, starting from the seed corpus
# test/fuzz/corpus (read only: new inputs go to test/fuzz/work-corpus of the
# build tree, kept from run to run).  An input that takes more than 10 s is
# a finding (a hang), as is any crash, leak or sanitizer report.  Findings
# are written to test/fuzz/findings/ of the build tree.
#
# Exit status: 0 no finding, 1 a finding (or a regression input failed),
# 2 usage.

set -u

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
[ $# -ge 1 ] || { echo "usage: run-fuzz.sh FUZZER [SECONDS [OPTIONS...]]" >&2; exit 2; }
fuzzer=$(realpath -- "$1")
secs=${2:-60}
shift
[ $# -gt 0 ] && shift
[[ $secs =~ ^[0-9]+$ ]] || { echo "run-fuzz.sh: bad time: $secs" >&2; exit 2; }

out=$(dirname "$fuzzer")
work=$out/work-corpus
findings=$out/findings
mkdir -p "$work" "$findings"
log=$out/fuzz.log

regress=("$srcdir"/test/fuzz/regress/*)
if [ -e "${regress[0]}" ]; then
	for f in "${regress[@]}"; do
		if ! "$fuzzer" -timeout=10 -rss_limit_mb=2048 "$f" > "$log" 2>&1; then
			echo "regression input fails: ${f#"$srcdir"/}"
			tail -n 40 "$log"
			exit 1
		fi
	done
fi

[ "$secs" -gt 0 ] || exit 0
if ! "$fuzzer" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
	-dict="$srcdir/test/fuzz/d.dict" -artifact_prefix="$findings/" -print_final_stats=1 \
	"$@" "$work" "$srcdir/test/fuzz/corpus" > "$log" 2>&1; then
	echo "fuzzer finding (see $log, inputs in $findings):"
	grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|artifact_prefix|Test unit written|ALARM)' "$log" | head -n 20
	exit 1
fi
grep -E '^stat::(number_of_executed_units|new_units_added)' "$log" >&2
exit 0
