	/*
 * sizeof an array is the element size times the number of elements.
 */

#pragma D option quiet

int a[5];
char b[7];
long c[3];

BEGIN
{
	printf("%d %d %d %d\n", sizeof(a), sizeof(a[0]), sizeof(b), sizeof(c));
	exit(0);
}
