	/*
 * A committed speculation stays busy until the consumer has printed what
 * it held (DTrace: until it is cleaned): speculation( ) in the same probe
 * firing fails with "available buffer(s) still busy".
 */
#pragma D option quiet

BEGIN
{
	s = speculation();
}

BEGIN
{
	speculate(s);
	printf("speculation %d\n", s);
}

BEGIN
{
	commit(s);
}

BEGIN
{
	t = speculation();
}

BEGIN
{
	printf("again %d\n", t);
	exit(0);
}
