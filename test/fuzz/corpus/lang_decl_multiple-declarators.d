	/*
 * One declaration can declare several variables.
 */

#pragma D option quiet

int a, b, c;

BEGIN
{
	a = 1;
	b = 2;
	c = a + b;
	printf("%d %d %d\n", a, b, c);
	exit(0);
}
