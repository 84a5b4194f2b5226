# Not quiet with -o: the header and probe lines go to the file, the
# "matched" notice still to stderr.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
taskset -c 0 "$DTRACE" -o "$tmp/out" -n 'BEGIN { exit(0); }'
echo "exit status $?"
cat "$tmp/out"
