	/*
 * Predicates that test a global variable set by an earlier clause.
 *
 * @@opts: -q
 */

BEGIN
{
	x = 3;
}

BEGIN
/x == 3/
{
	printf("x is 3\n");
}

BEGIN
/x != 3/
{
	printf("x is not 3\n");
}

BEGIN
/x/
{
	printf("x is non-zero\n");
	exit(0);
}
