	BEGIN
{
	speculate(1);
	@ = count();
}

/*
 * An aggregation in a speculation: D_AGG_SPEC.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
