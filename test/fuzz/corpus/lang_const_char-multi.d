	/*
 * A character constant of several characters packs them into an int, first
 * character in the most significant position.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %x\n", 'ab', 'abc');
	exit(0);
}
