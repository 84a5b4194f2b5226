	/*
 * The strsize option changes the size of the string type.
 *
 * @@opts: -xstrsize=32
 */

#pragma D option quiet

BEGIN
{
	printf("%d\n", sizeof(string));
	exit(0);
}
