	BEGIN
{
	@a[1] = count();
	@a["x"] = count();
}

/*
 * An aggregation keeps the types of its keys.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
