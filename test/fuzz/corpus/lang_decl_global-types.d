	/*
 * Globals declared with explicit types start out zero (or empty for
 * strings).
 */

#pragma D option quiet

int i;
char c;
short s;
long l;
unsigned long long u;
string str;

BEGIN
{
	printf("%d %d %d %d %u [%s]\n", i, c, s, l, u, str);
	exit(0);
}
