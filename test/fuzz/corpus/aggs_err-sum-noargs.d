	BEGIN
{
	@a = sum();
}

/*
 * sum() needs a value.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
