	/*
 * A global integer counter incremented by a periodic probe, in the manner
 * of the counter example of the Variables chapter, printing each value and
 * stopping after five.
 */

#pragma D option quiet

int i;

tick-10ms
{
	i = i + 1;
	printf("%d\n", i);
}

tick-10ms
/i == 5/
{
	exit(0);
}
