# An error found while the predicate of a -n program is checked: "in
# predicate: " after the tag.
"$DTRACE" -xerrtags -n 'BEGIN /1 && "a"/ { exit(0); }'
echo "exit status $?"
