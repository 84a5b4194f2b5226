	/*
 * A fault fires dtrace:::ERROR; arg4 is the fault type (4 is
 * divide-by-zero).  The error is also reported on stderr (not compared here).
 *
 * @@opts: -q
 */

BEGIN
{
	z = 0;
}

BEGIN
{
	printf("%d\n", 1 / z);
}

ERROR
{
	printf("ERROR fired: fault %d\n", arg4);
}

BEGIN
{
	exit(0);
}
