	/*
 * Conversions to short and unsigned short keep the low 16 bits.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d\n", (short)70000, (short)32768);
	printf("%u %u\n", (unsigned short)-1, (unsigned short)70000);
	exit(0);
}
