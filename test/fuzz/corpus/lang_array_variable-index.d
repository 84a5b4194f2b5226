	/*
 * Array elements indexed by a variable.
 */

#pragma D option quiet

int a[4];

BEGIN
{
	i = 3;
	a[i] = 30;
	a[i - 1] = 20;
	printf("%d %d\n", a[3], a[2] + a[i]);
	exit(0);
}
