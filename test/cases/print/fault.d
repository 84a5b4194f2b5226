/*
 * print() and trace() of a struct at a bad address abort the clause with
 * DTrace's error line; the next clause still runs.
 */
#pragma D option quiet

BEGIN
{
	print(*(struct list_head *)8);
}

BEGIN
{
	trace(*(struct list_head *)16);
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
