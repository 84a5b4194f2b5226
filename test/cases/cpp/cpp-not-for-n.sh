# -C preprocesses scripts; -n text is compiled as written.
"$DTRACE" -q -C -DN=1 -n 'BEGIN { printf("%d\n", N); exit(0); }'
echo "exit status $?"
