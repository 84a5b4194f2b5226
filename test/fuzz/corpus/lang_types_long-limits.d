	/*
 * The extreme values of a 64-bit long can be written and printed; the most
 * negative one is written as an expression.
 */

#pragma D option quiet

BEGIN
{
	printf("%d\n", 9223372036854775807);
	printf("%d\n", -9223372036854775807 - 1);
	printf("%u\n", 18446744073709551615UL);
	exit(0);
}
