# -x cpppath names the preprocessor; one that cannot be run is an error.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
printf '#define N 7\nBEGIN { printf("%%d\\n", N); exit(0); }\n' > "$tmp/p.d"
"$DTRACE" -q -C -x cpppath=/usr/bin/cpp -s "$tmp/p.d"
echo "exit status $?"
"$DTRACE" -q -C -x cpppath=/nonexistent/cpp -s "$tmp/p.d" 2>&1 | sed "s|$tmp/||"
echo "exit status ${PIPESTATUS[0]}"
