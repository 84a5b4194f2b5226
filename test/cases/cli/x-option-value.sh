# -x NAME=VALUE sets an option with a value (a buffer size with a suffix).
"$DTRACE" -q -x bufsize=1m -n 'BEGIN { printf("ok\n"); exit(0); }'
echo "exit status $?"
