	/*
 * An integer cast to an enum type compares equal to the matching
 * enumerator.
 */

#pragma D option quiet

enum colors { RED, GREEN, BLUE };

BEGIN
{
	printf("%d %d\n", (enum colors)1 == GREEN, (enum colors)2 == RED);
	exit(0);
}
