	/*
 * Constant arithmetic wraps in the type of the result: int 2147483647 + 1
 * prints as -2147483648, unsigned int 4294967295U + 1 as 0.
 */

#pragma D option quiet

BEGIN
{
	printf("%d\n", 2147483647 + 1);
	printf("%u\n", 4294967295U + 1);
	printf("%d\n", 9223372036854775807 + 1);
	exit(0);
}
