	BEGIN
{
	x = commit(1);
}

/*
 * commit( ) used as a value: D_CG_EXPR.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
