#!/bin/bash
#
# fuzz-seed-corpus.sh: regenerate the seed corpus of the D compiler fuzz
# target (test/fuzz/corpus) from the test cases.
#
# Usage: scripts/fuzz-seed-corpus.sh
#
# Every test/cases/**/NAME.d becomes one input: the mode byte 0x09 (compile
# as a script, then disassemble) followed by the script.  Every -n '...'
# one-liner written in single quotes in a test/cases/**/NAME.sh becomes one
# input with the mode byte 0x0a (compile as a -n specifier, disassemble).
# Input names are the case paths with '/' turned into '_'.  The layout of
# the mode byte is described in test/fuzz/dt_fuzz_compile.c.

set -eu

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cases=$srcdir/test/cases
corpus=$srcdir/test/fuzz/corpus

rm -rf "$corpus"
mkdir -p "$corpus"

while IFS= read -r -d '' f; do
	rel=${f#"$cases"/}
	{ printf '\x09'; cat "$f"; } > "$corpus/${rel//\//_}"
done < <(find "$cases" -name '*.d' -type f -print0 | LC_ALL=C sort -z)

while IFS= read -r -d '' f; do
	rel=${f#"$cases"/}
	n=0
	# the text between the quotes of -n '...' (on one line), or of -qn '...'
	while IFS= read -r spec; do
		n=$(( n + 1 ))
		printf '\x0a%s' "$spec" > "$corpus/${rel//\//_}.$n"
	done < <(grep -oE -- "-[a-zA-Z]*n '[^']+'" "$f" | sed -E "s/^-[a-zA-Z]*n '(.*)'\$/\\1/")
done < <(find "$cases" -name '*.sh' -type f -print0 | LC_ALL=C sort -z)

echo "$(find "$corpus" -type f | wc -l) inputs in ${corpus#"$srcdir"/}"
