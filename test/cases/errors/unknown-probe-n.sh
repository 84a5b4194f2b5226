# -n with a probe description that matches no probe.
"$DTRACE" -n 'syscall::nosuchsyscall:entry { exit(0); }'
echo "exit status $?"
