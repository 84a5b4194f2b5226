# An option without its argument: getopt's message, the usage, exit status 2.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$DTRACE" -n > "$tmp/out" 2> "$tmp/err"
echo "exit status $?"
echo "stdout bytes: $(wc -c < "$tmp/out")"
head -n 1 "$tmp/err"
grep -q '^Usage: dtrace ' "$tmp/err" && echo "usage shown"
