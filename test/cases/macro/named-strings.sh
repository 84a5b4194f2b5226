# $cwd is the working directory, $progname the command's name.
cd /tmp || exit 1
"$DTRACE" -qn 'BEGIN { printf("%s %s %d\n", $cwd, $progname, $cwd == "/tmp"); exit(0); }'
