	/*
 * Comparing signed and unsigned operands converts to the unsigned type
 * when it is at least as wide, as in C: -1 < 1U is false, -1L < 1U is
 * true.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d\n", -1 < 1, -1 < 1U, -1L < 1U);
	printf("%d %d\n", -1 < 1UL, -1 > 0U);
	exit(0);
}
