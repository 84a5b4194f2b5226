	/*
 * strstr() and strchr() return NULL when they find nothing; using that
 * string faults at address 0, as in DTrace, and the next clause runs.
 */
#pragma D option quiet

BEGIN
{
	printf("%s\n", strstr("hello", "xyz"));
}

BEGIN
{
	trace(strlen(strchr("hello", 'z')));
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
