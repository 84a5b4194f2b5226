	struct s { int a; };
struct s v;

BEGIN
{
	trace(v[0]);
}

/*
 * Indexing a struct: D_OP_INCOMPAT, as DTrace takes x[i] as *(x + i).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
