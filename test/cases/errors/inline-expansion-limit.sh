# Inlines or translators defined from the one before, each used twice,
# double the expansion at every level: 2^12 expansions still compile and
# run; 2^40 would never end and are refused (more than 100000 nodes).
f=${TMPDIR:-/tmp}/inline-expansion-limit.$$.d
inlines() {
	echo "inline int i0 = 1;"
	for ((i = 1; i <= $1; i++)); do
		echo "inline int i$i = i$((i - 1)) + i$((i - 1));"
	done
	echo "BEGIN { printf(\"%d\\n\", i$1); exit(0); }"
}
translators() {
	echo "translator struct t0 { int a; } < int x > { a = x; };"
	for ((i = 1; i <= $1; i++)); do
		echo "translator struct t$i { int a; } < int x > { a = xlate<struct t$((i - 1))>(x).a + xlate<struct t$((i - 1))>(x).a; };"
	done
	echo "BEGIN { printf(\"%d\\n\", xlate<struct t$1>(1).a); exit(0); }"
}
nested() {
	local e=timestamp
	echo "translator struct t { long a; } < long x > { a = x + x; };"
	for ((i = 1; i <= $1; i++)); do
		e="xlate<struct t>($e).a"
	done
	echo "BEGIN { printf(\"%d\\n\", $e > 0); exit(0); }"
}
for g in inlines translators nested; do
	$g 12 > "$f"
	"$DTRACE" -qs "$f"
	echo "exit status $?"
	$g 40 > "$f"
	"$DTRACE" -qs "$f" 2>&1 | sed "s|$f|SCRIPT|"
	echo "exit status ${PIPESTATUS[0]}"
done
rm -f "$f"
