	/*
 * arg0 of exit_group is the exit status the program asked for; dtrace itself
 * still exits 0.
 *
 * @@opts: -q
 * @@trigger: exitcode 7
 */

syscall::exit_group:entry
/pid == $target/
{
	printf("exit_group(%d)\n", arg0);
}
