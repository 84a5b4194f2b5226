	/*
 * Enumerators are integer constants usable in any expression.
 */

#pragma D option quiet

enum colors { RED, GREEN, BLUE };

BEGIN
{
	printf("%d %d %d\n", RED + BLUE * 2, BLUE - GREEN, GREEN << 4);
	exit(0);
}
