	/*
 * The colors enumeration of the Type and Constant Definitions chapter,
 * with values given to some enumerators.
 */

#pragma D option quiet

enum colors {
	RED,
	GREEN,
	BLUE = 10,
	PURPLE
};

BEGIN
{
	printf("%d %d %d %d\n", RED, GREEN, BLUE, PURPLE);
	exit(0);
}
