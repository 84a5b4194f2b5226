# An error found while the action list of a -n program is checked: -n
# programs have no lines, so the message says where it is ("in action
# list: "), after the tag.
"$DTRACE" -xerrtags -n 'BEGIN { x = 1 / 0; }'
echo "exit status $?"
