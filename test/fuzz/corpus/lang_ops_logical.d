	/*
 * Logical and, or, exclusive or (^^) and not yield 0 or 1; && binds
 * tighter than ^^, which binds tighter than ||.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", 1 && 0, 1 || 0, 1 ^^ 1, 0 ^^ 1);
	printf("%d %d %d\n", !0, !5, 7 && 8);
	printf("%d %d\n", 1 || 0 && 0, 0 && 1 ^^ 1);
	printf("%d\n", 1 ^^ 1 || 1);
	exit(0);
}
