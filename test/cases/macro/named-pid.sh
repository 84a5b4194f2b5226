# $pid and $ppid are the dtrace process's own ids; $$pid is $pid as a string.
out=$("$DTRACE" -qn 'BEGIN { printf("%d %d %s", $pid, $ppid, $$pid); exit(0); }')
set -- $out
[ "$2" = "$$" ] && echo "\$ppid is the shell" || echo "\$ppid $2, shell $$"
[ "$1" = "$3" ] && echo "\$\$pid is \$pid" || echo "\$pid $1, \$\$pid $3"
[ "$1" != "$$" ] && [ "$1" -gt 0 ] && echo "\$pid is another process"
