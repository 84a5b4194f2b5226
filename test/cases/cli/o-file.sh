# -o FILE sends the traced output (including the final newline) to FILE;
# nothing goes to stdout.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$DTRACE" -q -o "$tmp/out" -n 'BEGIN { printf("to the file\n"); exit(0); }'
echo "exit status $?"
echo "--- file:"
cat "$tmp/out"
