	/*
 * A global declared char wraps at 8 bits when incremented past 127.
 */

#pragma D option quiet

char c;

BEGIN
{
	c = 127;
	c++;
	printf("%d\n", c);
	c = 300;
	printf("%d\n", c);
	exit(0);
}
