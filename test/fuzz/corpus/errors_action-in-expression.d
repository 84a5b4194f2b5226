	BEGIN
{
	x = trace(1);
}

/*
 * An action used as a value: D_CG_EXPR.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
