	/*
 * cpu is the CPU the probe fired on: dtrace and the -c command are bound to
 * CPU 1, so BEGIN and the command's system calls report CPU 1.
 *
 * @@opts: -q
 * @@cpu: 1
 * @@trigger: getppid_n 1
 */

BEGIN
{
	printf("BEGIN on %d\n", cpu);
}

syscall::getppid:entry
/pid == $target/
{
	printf("getppid on %d\n", cpu);
}
