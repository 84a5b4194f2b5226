# #pragma lines with unusual white space: carriage returns or form feeds
# between '#' and "pragma", and indentation longer than the line buffer.
f=${TMPDIR:-/tmp}/pragma-whitespace.$$.d
printf '#\r\r\rpragma D option quiet\nBEGIN { trace(1); exit(0); }\n' > "$f"
"$DTRACE" -s "$f"
echo "exit status $?"
printf '#\fpragma\fD\foption\fquiet\nBEGIN { trace(2); exit(0); }\n' > "$f"
"$DTRACE" -s "$f"
echo "exit status $?"
printf '%600s#pragma D option quiet\nBEGIN { trace(3); exit(0); }\n' '' > "$f"
"$DTRACE" -s "$f"
echo "exit status $?"
rm -f "$f"
