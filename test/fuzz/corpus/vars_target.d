	/*
 * $target is the pid of the -c command: it is the pid that makes the
 * command's system calls, and the one in the "pid N has exited" notice.
 *
 * @@trigger: exitcode 0
 */

syscall::exit_group:entry
/pid == $target/
{
	printf("target=%d pid=%d", $target, pid);
}
