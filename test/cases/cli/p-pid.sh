# -p PID traces a running process: $target is its pid, and dtrace exits when
# it exits.
# @@timeout: 20
"$PROGS/sleeper" 3 &
sp=$!
"$DTRACE" -q -p "$sp" -n 'syscall::exit_group:entry /pid == $target/ { printf("exit_group(%d)\n", arg0); }'
echo "exit status $?"
wait "$sp"
