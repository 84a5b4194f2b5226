# A syntax error in a -n program: no line and no region (they are only
# known once the clause is checked), just the tag and the message.
"$DTRACE" -xerrtags -n 'BEGIN { x = 1 + ; }'
echo "exit status $?"
