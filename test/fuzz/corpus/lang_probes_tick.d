	/*
 * A tick probe fires repeatedly; a counter stops the script after the
 * third firing.
 */

#pragma D option quiet

int n;

tick-10ms
{
	n++;
	printf("tick %d\n", n);
}

tick-10ms
/n == 3/
{
	exit(0);
}
