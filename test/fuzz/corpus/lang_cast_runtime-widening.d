	/*
 * Widening casts of variables sign-extend signed values and zero-extend
 * unsigned ones.
 */

#pragma D option quiet

char c;
unsigned char uc;

BEGIN
{
	c = -5;
	uc = 250;
	printf("%d %d %u\n", (int)c, (long)uc, (unsigned long)c);
	exit(0);
}
