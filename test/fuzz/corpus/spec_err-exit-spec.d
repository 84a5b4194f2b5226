	BEGIN
{
	speculate(1);
	exit(0);
}

/*
 * exit( ) in a speculation: D_EXIT_SPEC.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
