# A speculation filled on one CPU and committed on another: dtrace (and so
# BEGIN) runs on CPU 0, the workload's getppid() on CPU 1 commits; the
# records keep the CPU they were made on.
if [ "$(nproc --all)" -lt 2 ] || ! command -v taskset >/dev/null; then
	echo "needs two CPUs and taskset" >&2
	exit 77
fi
taskset -c 0 "$DTRACE" -q -n '
BEGIN
{
	s = speculation();
	speculate(s);
	printf("BEGIN on CPU %d\n", cpu);
}

syscall::getppid:entry
/pid == $target/
{
	printf("getppid on CPU %d\n", cpu);
}

syscall::getppid:entry
/pid == $target/
{
	commit(s);
}' -c "taskset -c 1 $PROGS/getppid_n 1" 2>&1
