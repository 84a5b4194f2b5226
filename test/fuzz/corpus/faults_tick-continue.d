	/*
 * A fault aborts only its clause: the probe's next clause runs each time,
 * and the probe keeps firing.
 *
 * @@opts: -q
 */
tick-10ms
{
	trace(*(long *)0x8000);
}

tick-10ms
{
	n++;
}

tick-10ms
/n == 3/
{
	printf("%d ticks\n", n);
	exit(0);
}
