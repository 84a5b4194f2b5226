	BEGIN
{
	clear(@nosuch);
}

/*
 * clear() of an aggregation never assigned.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
