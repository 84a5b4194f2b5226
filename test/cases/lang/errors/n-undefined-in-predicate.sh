# An error in the predicate of a -n program names the predicate region.
"$DTRACE" -n 'BEGIN /y/ { exit(0); }'
echo "exit status $?"
