# The first check: a quiet -n one-liner with printf of an integer
# expression and a string literal.  Quiet mode prints no "matched" notice,
# and the tracer ends its output with one more newline.
"$DTRACE" -qn 'BEGIN { printf("%d %s\n", 6 * 7, "answer"); exit(0); }'
