# -x with a value the option does not accept fails with exit status 1.
"$DTRACE" -x bufsize=lots -n 'BEGIN { exit(0); }'
echo "exit status $?"
