# -x quiet is the same as -q.
"$DTRACE" -x quiet -n 'BEGIN { printf("quiet\n"); exit(0); }'
echo "exit status $?"
