# -s and -n together: both programs are enabled, in command-line order.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
printf 'BEGIN\n{\n\tprintf("from the script\\n");\n}\n' > "$tmp/s.d"
"$DTRACE" -q -s "$tmp/s.d" -n 'BEGIN { printf("from -n\n"); exit(0); }'
echo "exit status $?"
