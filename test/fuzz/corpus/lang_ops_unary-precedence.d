	/*
 * Unary operators bind tighter than binary ones.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", -2 * 3 + 1, !0 + 1, ~1 + 1, sizeof(int) * 2);
	exit(0);
}
