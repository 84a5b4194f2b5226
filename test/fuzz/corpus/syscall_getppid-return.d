	/*
 * In a return probe, arg0 and arg1 are the system call's return value:
 * getppid() returns the caller's ppid, and errno stays 0 on success.
 *
 * @@opts: -q
 * @@trigger: getppid_n 2
 */

syscall::getppid:return
/pid == $target/
{
	printf("%d %d %d\n", arg0 == ppid, arg1 == arg0, errno);
}
