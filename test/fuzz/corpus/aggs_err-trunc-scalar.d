	BEGIN
{
	@a = count();
	trunc(@a, "x");
}

/*
 * trunc() keeps a number of records.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
