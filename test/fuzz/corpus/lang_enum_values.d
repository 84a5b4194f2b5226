	/*
 * Enumerators without values count up from zero.
 */

#pragma D option quiet

enum colors { RED, GREEN, BLUE };

BEGIN
{
	printf("%d %d %d\n", RED, GREEN, BLUE);
	exit(0);
}
