/*
 * A load from a bad kernel address aborts the clause with DTrace's error
 * line (invalid address, naming it); the next clause still runs.
 *
 * @@opts: -q
 */
BEGIN
{
	trace(*(int *)0x1000);
	printf("not reached\n");
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
