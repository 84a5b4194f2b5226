	struct s { int a; };

BEGIN
{
	trace(offsetof(struct s, b));
}

/*
 * offsetof of a member the struct does not have: D_UNKNOWN, as DTrace
 * reports the failed lookup.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
