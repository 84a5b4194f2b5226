# The classic one-liner: count a command's system calls by name, printed
# when the command exits (not quiet: the description line and the end of
# the process are reported on stderr).
tmp=$(mktemp) || exit 1
trap 'rm -f "$tmp"' EXIT
"$DTRACE" -n 'syscall::getppid:entry /pid == $target/ { @[execname] = count(); }' \
    -c "$PROGS/getppid_n 7" 2> "$tmp"
echo "exit status $?"
sed 's/pid [0-9]* has/pid PID has/' "$tmp"
