# dtrace with no arguments prints its usage on stderr and exits 2.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$DTRACE" > "$tmp/out" 2> "$tmp/err"
echo "exit status $?"
echo "stdout bytes: $(wc -c < "$tmp/out")"
head -n 1 "$tmp/err" | grep -q '^Usage: dtrace ' && echo "usage first"
