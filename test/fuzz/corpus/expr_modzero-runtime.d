	/*
 * Remainder by zero in probe context is a divide-by-zero fault too.
 *
 * @@opts: -q
 */

BEGIN
{
	z = 0;
}

BEGIN
{
	printf("%d\n", 10 % z);
}

BEGIN
{
	printf("after the fault\n");
	exit(0);
}
