	/*
 * Once a BEGIN clause has called exit(), the later BEGIN clauses are not
 * run; END still is.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("first\n");
	exit(0);
}

BEGIN
{
	printf("second\n");
}

END
{
	printf("end\n");
}
