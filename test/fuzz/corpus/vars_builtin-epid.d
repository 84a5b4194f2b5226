	/*
 * epid identifies the enabled probe (clause and probe): it is non-zero, and
 * two clauses on the same probe have different EPIDs.
 *
 * @@opts: -q
 */

BEGIN
{
	e1 = epid;
}

BEGIN
{
	printf("%d %d\n", e1 > 0, e1 != epid);
	exit(0);
}
