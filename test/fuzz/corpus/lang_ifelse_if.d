	/*
 * An if statement without else.
 */

#pragma D option quiet

BEGIN
{
	x = 5;
	if (x > 3)
		printf("big\n");
	if (x > 10)
		printf("huge\n");
	printf("end\n");
	exit(0);
}
