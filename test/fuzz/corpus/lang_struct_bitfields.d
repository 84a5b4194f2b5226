	/*
 * Bit-field members hold values of their declared width; larger values are
 * truncated.
 */

#pragma D option quiet

struct bf {
	unsigned int a : 3;
	unsigned int b : 5;
	unsigned int c : 8;
};
struct bf x;

BEGIN
{
	x.a = 7;
	x.b = 31;
	x.c = 255;
	printf("%u %u %u\n", x.a, x.b, x.c);
	x.a = 9;
	printf("%u %u %u\n", x.a, x.b, x.c);
	exit(0);
}
