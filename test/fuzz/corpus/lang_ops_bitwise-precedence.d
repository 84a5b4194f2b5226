	/*
 * Shift binds tighter than relational, & tighter than ^, ^ tighter than |;
 * additive binds tighter than shift.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d\n", 1 | 2 & 3, 6 ^ 3 & 5, 1 << 2 + 1);
	printf("%d %d\n", 16 >> 1 + 1, ~0 & 0xff);
	exit(0);
}
