	/*
 * In a single-threaded process, tid equals pid.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */

syscall::getppid:entry
/pid == $target/
{
	printf("%d\n", tid == pid);
}
