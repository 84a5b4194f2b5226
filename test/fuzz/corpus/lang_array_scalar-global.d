	/*
 * A global array of int: elements start at zero and can be assigned.
 */

#pragma D option quiet

int a[5];

BEGIN
{
	a[0] = 1;
	a[4] = 5;
	printf("%d %d %d\n", a[0], a[2], a[4]);
	exit(0);
}
