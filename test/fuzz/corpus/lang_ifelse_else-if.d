	/*
 * An else-if chain picks the first true condition.
 */

#pragma D option quiet

BEGIN
{
	score = 75;
	if (score >= 90)
		printf("A\n");
	else if (score >= 80)
		printf("B\n");
	else if (score >= 70)
		printf("C\n");
	else
		printf("F\n");
	exit(0);
}
