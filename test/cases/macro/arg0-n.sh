# With -n, $0 is the command's name as it was run.
out=$("$DTRACE" -qn 'BEGIN { printf("%s", $0); exit(0); }')
[ "$out" = "$DTRACE" ] && echo "\$0 is the command" || echo "\$0 is '$out'"
