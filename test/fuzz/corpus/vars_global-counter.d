	/*
 * A global integer updated by every firing of a tick probe; a later clause
 * on the same probe sees the updated value.
 *
 * @@opts: -q
 */

BEGIN
{
	n = 0;
}

tick-10ms
{
	n++;
}

tick-10ms
/n == 5/
{
	printf("n = %d\n", n);
	exit(0);
}
