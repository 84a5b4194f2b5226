	/*
 * ++ applied to a new variable creates it as a 64-bit integer starting at
 * 0.
 */

#pragma D option quiet

BEGIN
{
	n++;
	n++;
	printf("%d %d\n", n, sizeof(n));
	exit(0);
}
