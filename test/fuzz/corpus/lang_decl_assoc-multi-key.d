	/*
 * Associative arrays can be keyed by tuples of several values.
 */

#pragma D option quiet

BEGIN
{
	a[1, "x"] = 5;
	a[2, "x"] = 6;
	a[1, "y"] = 7;
	printf("%d %d %d\n", a[1, "x"], a[2, "x"], a[1, "y"]);
	exit(0);
}
