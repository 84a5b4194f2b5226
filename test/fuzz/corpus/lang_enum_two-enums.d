	/*
 * Two enum types with distinct enumerators.
 */

#pragma D option quiet

enum fruit { APPLE = 1, PEAR };
enum veg { LEEK = 10, KALE };

BEGIN
{
	printf("%d %d %d %d\n", APPLE, PEAR, LEEK, KALE);
	exit(0);
}
