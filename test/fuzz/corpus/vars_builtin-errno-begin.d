	/*
 * errno is 0 where no system call has failed (in BEGIN).
 *
 * @@opts: -q
 */

BEGIN
{
	printf("errno = %d\n", errno);
	exit(0);
}
