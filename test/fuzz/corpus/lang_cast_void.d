	/*
 * An expression can be cast to void and used as a statement.
 */

#pragma D option quiet

BEGIN
{
	x = 1;
	(void)x;
	(void)(x + 1);
	printf("%d\n", x);
	exit(0);
}
