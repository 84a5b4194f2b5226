	struct s { int a; };
struct s v;

BEGIN
{
	trace(v == 1);
}

/*
 * Comparing a struct with an integer: D_OP_INCOMPAT with both types
 * (DTrace has no separate scalar check for relational operators).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
