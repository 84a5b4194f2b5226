# An action called in the predicate of a -n program: DTrace finds this
# when it generates code, after the predicate is checked, so the message
# names no region.
"$DTRACE" -xerrtags -n 'BEGIN /trace(1)/ { exit(0); }'
echo "exit status $?"
