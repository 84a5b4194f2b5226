# -H prints the files included, on stderr.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
printf '#include "values.h"\nBEGIN { printf("%%d\\n", ANSWER); exit(0); }\n' > "$tmp/h.d"
"$DTRACE" -q -C -H -I inc -s "$tmp/h.d" 2> "$tmp/err"
echo "exit status $?"
grep '^\. ' "$tmp/err"
