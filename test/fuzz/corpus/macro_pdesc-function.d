	/*
 * A macro argument names the function of a probe description.
 *
 * @@opts: -q
 * @@args: exit_group
 * @@trigger: exitcode 3
 */
syscall::$1:entry
/pid == $target/
{
	printf("%s %d\n", probefunc, arg0);
	exit(0);
}
