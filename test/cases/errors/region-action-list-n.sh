# An error found while the action list of a -n program is checked (not one
# found while parsing, such as a constant division by zero): -n
# programs have no lines, so the message says where it is ("in action
# list: "), after the tag.
"$DTRACE" -xerrtags -n 'BEGIN { x = "a" + 1; }'
echo "exit status $?"
