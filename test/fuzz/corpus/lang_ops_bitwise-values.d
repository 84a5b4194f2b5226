	/*
 * Bitwise and, or, exclusive or and complement.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", 0xf0 | 0x0f, 0xff & 0x0f, 0xff ^ 0x0f,
	    ~0x0f & 0xff);
	x = 0x5a;
	printf("%x %x %x %x\n", x | 0x0f, x & 0x0f, x ^ 0xff, ~x & 0xff);
	exit(0);
}
