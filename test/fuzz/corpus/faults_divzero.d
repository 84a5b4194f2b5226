	/*
 * Division and modulus by zero at run time: DTrace's divide-by-zero fault
 * (no address); the predicate's fault is reported as in the predicate.
 *
 * @@opts: -q
 */
BEGIN
{
	z = 0;
}

BEGIN
{
	trace(10 / z);
}

BEGIN
{
	x = 1;
	trace(10 % z);
}

BEGIN
/10 / z/
{
	printf("not reached\n");
}

BEGIN
{
	printf("still running\n");
	exit(0);
}
