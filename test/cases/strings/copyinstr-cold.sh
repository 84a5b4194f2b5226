# copyinstr() of a path in a page the process has never touched: the page
# is not mapped in when openat() starts, so the read at entry fails; it is
# retried at the syscall's return (the kernel has faulted the page in to
# copy the path) and prints the path with no error, every time.  coldpath
# checks with mincore() that the page was not resident and says so on
# stderr if it was.
for i in 1 2 3 4 5; do
	"$DTRACE" -qn 'syscall::openat:entry /pid == $target/ { printf("%s\n", copyinstr(arg1)); }' \
	    -c "$PROGS/coldpath" 2>&1
	echo "exit status $?"
done
