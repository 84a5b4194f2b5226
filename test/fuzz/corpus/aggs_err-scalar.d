	BEGIN
{
	@a = sum("x");
}

/*
 * Aggregating functions take scalar values.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
