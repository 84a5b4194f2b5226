	/*
 * A global pointer starts out zero (NULL).
 */

#pragma D option quiet

int *p;

BEGIN
{
	printf("%d %d\n", p == 0, sizeof(p));
	exit(0);
}
