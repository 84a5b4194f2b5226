	BEGIN
{
	printa(@nosuch);
}

/*
 * printa() of an aggregation never assigned.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
