# -o appends to an existing file.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
echo "already there" > "$tmp/out"
"$DTRACE" -q -o "$tmp/out" -n 'BEGIN { printf("first\n"); exit(0); }'
"$DTRACE" -q -o "$tmp/out" -n 'BEGIN { printf("second\n"); exit(0); }'
cat "$tmp/out"
