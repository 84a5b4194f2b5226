	/*
 * uid and gid of the traced command (run as root by the test runner).
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */

syscall::getppid:entry
/pid == $target/
{
	printf("uid %d gid %d\n", uid, gid);
}
