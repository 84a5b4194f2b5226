# With -xerrtags the tag precedes the region in a -n program.
"$DTRACE" -xerrtags -n 'BEGIN { x = "a" + "b"; }'
echo "exit status $?"
