	/*
 * The usual arithmetic conversions apply to comparisons of variables too:
 * an int -1 compared with an unsigned int converts to unsigned.
 */

#pragma D option quiet

int i;
unsigned int u;
long l;

BEGIN
{
	i = -1;
	u = 1;
	l = -1;
	printf("%d %d %d\n", i < u, i > u, l < u);
	exit(0);
}
