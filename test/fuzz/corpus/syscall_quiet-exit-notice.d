	/*
 * Quiet mode (-q) also silences the "dtrace: pid N has exited" notice: with
 * -q and -c, stderr stays empty.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */

syscall::getppid:entry
/pid == $target/
{
	printf("getppid\n");
}
