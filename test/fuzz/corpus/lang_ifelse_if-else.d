	/*
 * if with else, with and without braces.
 */

#pragma D option quiet

BEGIN
{
	x = 2;
	if (x < 3)
		printf("small\n");
	else
		printf("large\n");
	if (x == 3) {
		printf("three\n");
	} else {
		printf("not three\n");
	}
	exit(0);
}
