	/*
 * An else belongs to the nearest if.
 */

#pragma D option quiet

BEGIN
{
	a = 1;
	b = 0;
	if (a)
		if (b)
			printf("1\n");
		else
			printf("2\n");
	a = 0;
	if (a)
		if (b)
			printf("3\n");
		else
			printf("4\n");
	printf("done\n");
	exit(0);
}
