	/*
 * An assignment is an expression whose value is the assigned value; =
 * associates right to left.
 */

#pragma D option quiet

BEGIN
{
	a = b = c = 7;
	d = (e = 2) + 1;
	printf("%d %d %d %d %d\n", a, b, c, d, e);
	exit(0);
}
