	/*
 * A variable of enum type holds enumerator values and compares with them.
 */

#pragma D option quiet

enum colors { RED, GREEN, BLUE };
enum colors c;

BEGIN
{
	c = GREEN;
	printf("%d %d %d %d\n", c, c == GREEN, c == BLUE, c != RED);
	printf("%d\n", sizeof(enum colors));
	exit(0);
}
