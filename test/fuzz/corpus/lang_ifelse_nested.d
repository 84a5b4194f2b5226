	/*
 * Nested if statements with blocks of several statements.
 */

#pragma D option quiet

BEGIN
{
	a = 1;
	b = 0;
	if (a) {
		printf("a\n");
		if (b) {
			printf("a and b\n");
		} else {
			printf("a, not b\n");
			b = 2;
		}
	}
	printf("b=%d\n", b);
	exit(0);
}
