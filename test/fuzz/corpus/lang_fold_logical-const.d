	/*
 * Logical operators on constants fold to 0 or 1.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", 3 && 4, 0 || 0, 2 ^^ 3, !!42);
	exit(0);
}
