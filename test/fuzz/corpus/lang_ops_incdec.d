	/*
 * Prefix and postfix increment and decrement: postfix yields the old
 * value, prefix the new one.
 */

#pragma D option quiet

BEGIN
{
	x = 5;
	y = x++;
	printf("%d %d\n", y, x);
	y = ++x;
	printf("%d %d\n", y, x);
	y = x--;
	printf("%d %d\n", y, x);
	y = --x;
	printf("%d %d\n", y, x);
	exit(0);
}
