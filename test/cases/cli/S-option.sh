# -S prints the compiler's intermediate code on stderr (its form is the
# implementation's); with -e nothing is traced.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$DTRACE" -S -e -n 'BEGIN { trace(6 * 7); }' > "$tmp/out" 2> "$tmp/err"
echo "exit status $?"
echo "stdout bytes: $(wc -c < "$tmp/out")"
[ -s "$tmp/err" ] && echo "intermediate code on stderr"
