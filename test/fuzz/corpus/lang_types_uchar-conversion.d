	/*
 * Casting to unsigned char keeps the low 8 bits as an unsigned value: -1
 * is 255 and 256 is 0.
 */

#pragma D option quiet

BEGIN
{
	printf("%u %u %u\n", (unsigned char)-1, (unsigned char)256,
	    (unsigned char)511);
	exit(0);
}
