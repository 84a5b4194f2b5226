# A division by a constant zero is found while parsing, before any region is
# entered, so the message of a -n program has no region.
"$DTRACE" -n 'BEGIN { x = 1 / 0; }'
echo "exit status $?"
