	/*
 * exit() in BEGIN stops tracing, and the END clauses run before dtrace exits.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("begin\n");
	exit(0);
}

END
{
	printf("end\n");
}
