	/*
 * Following the real_parent pointer gives the parent process, whose tgid
 * is ppid.
 */

#pragma D option quiet

BEGIN
{
	printf("%d\n", curthread->real_parent->tgid == ppid);
	exit(0);
}
