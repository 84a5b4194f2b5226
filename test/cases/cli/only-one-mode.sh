# -l and -V are modes: only one of them at a time (exit status 2).
"$DTRACE" -l -V
echo "exit status $?"
