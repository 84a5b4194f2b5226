# -e compiles the program but does not enable it: nothing is traced, no
# "matched" notice, exit status 0.
"$DTRACE" -e -n 'BEGIN { printf("this must not run\n"); exit(1); }'
echo "exit status $?"
