	/*
 * Division by zero in probe context is a fault: the clause is abandoned (its
 * printf prints nothing), dtrace reports the error on stderr, and tracing
 * goes on: the next clause runs and exit(0) still exits with status 0.
 *
 * @@opts: -q
 */

BEGIN
{
	z = 0;
}

BEGIN
{
	printf("%d\n", 10 / z);
}

BEGIN
{
	printf("after the fault\n");
	exit(0);
}
