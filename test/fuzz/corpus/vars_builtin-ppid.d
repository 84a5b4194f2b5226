	/*
 * The -c command is a child of dtrace: its ppid is the pid seen in BEGIN.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */

BEGIN
{
	dpid = pid;
}

syscall::getppid:entry
/pid == $target/
{
	printf("%d\n", ppid == dpid);
}
