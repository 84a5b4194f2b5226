# A syntax error in a -n program: "invalid probe specifier", the whole
# program text, then the syntax error.  Exit status 1.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$DTRACE" -n 'BEGIN { trace(1 + ); }' > "$tmp/out" 2> "$tmp/err"
echo "exit status $?"
echo "stdout bytes: $(wc -c < "$tmp/out")"
grep -c . "$tmp/err"
grep -q '^dtrace: invalid probe specifier BEGIN { trace(1 + ); }: ' "$tmp/err" && echo "specifier shown"
grep -q 'syntax error near ")"$' "$tmp/err" && echo "token shown"
