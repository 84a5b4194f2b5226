	/*
 * Relational operators bind tighter than equality operators, which bind
 * tighter than bitwise and.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", 1 < 2 == 1, 3 > 2 > 1, 1 == 1 != 0, 5 & 3 == 3);
	exit(0);
}
