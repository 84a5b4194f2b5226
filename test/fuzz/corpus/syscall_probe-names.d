	/*
 * probeprov, probefunc and probename in syscall probes.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */

syscall::getppid:entry,
syscall::getppid:return
/pid == $target/
{
	printf("%s %s %s\n", probeprov, probefunc, probename);
}
