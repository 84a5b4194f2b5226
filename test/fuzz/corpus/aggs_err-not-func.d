	BEGIN
{
	@a = 1;
}

/*
 * An aggregation is assigned only an aggregating function.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
