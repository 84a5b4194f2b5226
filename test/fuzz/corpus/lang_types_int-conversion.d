	/*
 * Conversions to int and unsigned int keep the low 32 bits.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d\n", (int)4294967297, (int)2147483648);
	printf("%u %u\n", (unsigned int)-1, (unsigned int)4294967298);
	exit(0);
}
