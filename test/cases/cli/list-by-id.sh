# -i names a probe by its id, and -P/-m/-f fill a description from the
# provider, module or function field: too many fields is DTrace's
# "Overspecified" error, an unknown id matches nothing.
"$DTRACE" -l -i 1
"$DTRACE" -l -f syscall::getppid
"$DTRACE" -l -f syscall::getppid:entry
echo "exit status $?"
"$DTRACE" -l -i 99999
echo "exit status $?"
