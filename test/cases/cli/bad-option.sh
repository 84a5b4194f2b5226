# An unknown option: getopt's message with the program name "dtrace", then
# the usage text, on stderr; exit status 2.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$DTRACE" -y -n BEGIN > "$tmp/out" 2> "$tmp/err"
echo "exit status $?"
echo "stdout bytes: $(wc -c < "$tmp/out")"
head -n 1 "$tmp/err"
grep -q '^Usage: dtrace ' "$tmp/err" && echo "usage shown"
