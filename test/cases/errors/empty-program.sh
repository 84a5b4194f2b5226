# A script with no clauses enables nothing: "no probes matched", status 1
# (quiet, so that the "matched 0 probes" notice with the file name is not
# printed).
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
printf '/* nothing here */\n' > "$tmp/empty.d"
"$DTRACE" -q -s "$tmp/empty.d"
echo "exit status $?"
