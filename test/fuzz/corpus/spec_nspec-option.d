	/*
 * nspec=3: three speculations, then none; each failure is counted.
 */
#pragma D option quiet
#pragma D option nspec=3

BEGIN
{
	printf("%d %d %d %d %d\n", speculation(), speculation(), speculation(),
	    speculation(), speculation());
	exit(0);
}
