	BEGIN
{
	trunc(@nosuch, 2);
}

/*
 * trunc() of an aggregation never assigned.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
