# -e still reports compile errors, with exit status 1.
"$DTRACE" -e -n 'BEGIN { printf("%d\n"); }' 2> /dev/null
echo "exit status $?"
