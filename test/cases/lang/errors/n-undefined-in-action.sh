# An error in the action list of a -n program: the message names the region
# instead of a line number.
"$DTRACE" -n 'BEGIN { trace(x); }'
echo "exit status $?"
