	BEGIN
/trace(1)/
{
	exit(0);
}

/*
 * An action called in a predicate: D_CG_EXPR.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
