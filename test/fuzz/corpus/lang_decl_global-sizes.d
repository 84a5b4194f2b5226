	/*
 * sizeof of declared globals is the size of their declared type.
 */

#pragma D option quiet

int i;
char c;
short s;
long l;
uint8_t b;
string str;

BEGIN
{
	printf("%d %d %d %d %d %d\n", sizeof(i), sizeof(c), sizeof(s),
	    sizeof(l), sizeof(b), sizeof(str));
	exit(0);
}
