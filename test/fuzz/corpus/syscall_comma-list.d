	/*
 * One clause for a comma-separated list of probe descriptions.
 *
 * @@opts: -q
 * @@trigger: getppid_n 2
 */

syscall::getppid:entry,
syscall::exit_group:entry
/pid == $target/
{
	printf("%s\n", probefunc);
}
