	/*
 * %u and %x print an int argument as a 32-bit unsigned value: -1 is
 * 4294967295 and ffffffff.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("%u %x\n", -1, -1);
	exit(0);
}
