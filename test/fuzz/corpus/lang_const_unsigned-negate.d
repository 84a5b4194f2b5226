	/*
 * Negating an unsigned constant wraps within its type.
 */

#pragma D option quiet

BEGIN
{
	printf("%u\n", -1U);
	printf("%u\n", -1UL);
	exit(0);
}
