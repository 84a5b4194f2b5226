	/*
 * Variables assigned in the branches keep their values after the if
 * statement.
 */

#pragma D option quiet

BEGIN
{
	x = 0;
	if (pid > 0) {
		x = 1;
		y = 10;
	} else {
		x = 2;
		y = 20;
	}
	printf("%d %d\n", x, y);
	exit(0);
}
