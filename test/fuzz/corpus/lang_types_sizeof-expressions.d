	/*
 * sizeof applied to expressions gives the size of the expression type: int
 * constants 4, long constants 8, character constants have type int.
 */

#pragma D option quiet

BEGIN
{
	x = 1;
	y = 1L;
	printf("%d %d %d %d\n", sizeof(1), sizeof(1L), sizeof('a'), sizeof x);
	printf("%d %d\n", sizeof(y), sizeof(x + y));
	exit(0);
}
