	/*
 * id is the probe ID: 1 for dtrace:::BEGIN, 2 for dtrace:::END.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("%d\n", id);
	exit(0);
}

END
{
	printf("%d\n", id);
}
