	BEGIN
{
	x = 1;
	x = trace(1);
}

/*
 * An action assigned to an integer variable: D_OP_INCOMPAT, the types
 * clash.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
