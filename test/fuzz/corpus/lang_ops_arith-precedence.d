	/*
 * Multiplicative operators bind tighter than additive ones; both associate
 * left to right.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d\n", 2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3);
	printf("%d %d %d\n", 100 / 10 / 5, 2 * 3 % 4, -2 * -3);
	exit(0);
}
