	/*
 * In a system call made by the -c command, pid is $target; in BEGIN
 * (dtrace itself) it is not.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */

BEGIN
{
	printf("BEGIN: %d\n", pid == $target);
}

syscall::getppid:entry
/execname == "getppid_n"/
{
	printf("getppid: %d\n", pid == $target);
}
