	BEGIN
{
	@a = count(1);
}

/*
 * count() takes no value.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
