	/*
 * A short variable wraps at 16 bits under +=.
 */

#pragma D option quiet

short s;
unsigned short us;

BEGIN
{
	s = 32767;
	s += 1;
	us = 0;
	us -= 1;
	printf("%d %u\n", s, us);
	exit(0);
}
