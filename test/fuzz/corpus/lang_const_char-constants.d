	/*
 * A character constant is an int whose value is the character code.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", 'a', '0', ' ', 'A' + 1);
	printf("%c%c%c\n", 'x', 'y', 'z');
	exit(0);
}
