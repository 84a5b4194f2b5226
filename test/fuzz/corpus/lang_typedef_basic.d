	/*
 * A typedef names an integer type; casts and declarations can use it.
 */

#pragma D option quiet

typedef unsigned char uchar_t;
uchar_t g;

BEGIN
{
	g = 300;
	printf("%u %u %d\n", g, (uchar_t)-1, sizeof(uchar_t));
	exit(0);
}
