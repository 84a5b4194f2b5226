	/*
 * Declaring a variable again with the same type is allowed.
 */

#pragma D option quiet

int x;
int x;

BEGIN
{
	x = 4;
	printf("%d\n", x);
	exit(0);
}
