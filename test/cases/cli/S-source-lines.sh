# -S prints each clause's BPF under the D source line it came from: the
# predicate's line, each statement's line (a line that makes no code is
# not shown), then the clause's record.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/prog.d" <<'D'
BEGIN
/1 + 1 == 2/
{
	x = 1;
	y = x + 2;

	printf("%d\n", y);
}
D
"$DTRACE" -S -e -s "$tmp/prog.d" 2> "$tmp/err"
echo "exit status $?"
grep -E '^(Disassembly|    ;)' "$tmp/err" | sed "s|$tmp/||"
# every instruction is printed once, numbered from 0 without gaps
awk -F: '/^ *[0-9]+:/ { n = $1 + 0; if (n < last) bad = 1; last = n } END { print (bad ? "out of order" : "in order") }' "$tmp/err"
