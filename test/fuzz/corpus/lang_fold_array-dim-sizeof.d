	/*
 * An array dimension may be a constant expression using sizeof.
 */

#pragma D option quiet

int a[sizeof(int) * 2];

BEGIN
{
	printf("%d\n", sizeof(a));
	exit(0);
}
