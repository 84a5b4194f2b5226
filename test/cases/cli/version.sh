# -V prints one line, "dtrace: " and the D version ("Sun D 1.13", "Oracle D
# 2.0"; anything after the version number is the implementation's), and exits
# 0.
out=$("$DTRACE" -V)
echo "exit status $?"
printf '%s\n' "$out" | wc -l
if printf '%s\n' "$out" | grep -Eqx 'dtrace: [A-Za-z ]*D [0-9]+(\.[0-9]+)+( .*)?'; then
	echo "version line ok"
else
	echo "unexpected version line: $out"
fi
