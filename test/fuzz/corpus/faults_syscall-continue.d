	/*
 * Faults in a syscall probe's clause leave its other clauses and the other
 * probes running: every getppid() of the workload is counted, and its
 * exit is seen.
 *
 * @@opts: -q
 * @@trigger: getppid_n 4
 */
syscall::getppid:entry
/pid == $target/
{
	trace(*(long *)0x9000);
}

syscall::getppid:entry
/pid == $target/
{
	n++;
}

syscall::exit_group:entry
/pid == $target/
{
	printf("%d calls\n", n);
	exit(0);
}
