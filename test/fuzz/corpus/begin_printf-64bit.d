	/*
 * printf() integer conversions print 64-bit values in full.  A decimal
 * constant too large for an int has type long.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("%d\n", 1099511627776);
	printf("%d\n", -1099511627776);
	printf("%x\n", 1099511627776);
	printf("%ld\n", 4294967296 * 1000);
	exit(0);
}
