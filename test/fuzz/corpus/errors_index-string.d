	int a[4];

BEGIN
{
	trace(a["x"]);
}

/*
 * An array indexed with a string: D_OP_INCOMPAT, as DTrace takes x[i] as
 * *(x + i).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
