	BEGIN
{
	x = 1;
	(x + 1) = 2;
}

/*
 * Assigning to an expression that is not an lvalue: D_OP_LVAL.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
