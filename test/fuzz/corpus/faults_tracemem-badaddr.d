	/*
 * tracemem() of a bad address is an invalid address fault; the clause's
 * record is not emitted.
 *
 * @@opts: -q
 */
BEGIN
{
	printf("not printed\n");
	tracemem(0x7000, 16);
}

BEGIN
{
	printf("printed\n");
	exit(0);
}
