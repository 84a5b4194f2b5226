	BEGIN
{
	trace(1 + "a");
}

/*
 * Adding an integer and a string: D_OP_INCOMPAT, as DTrace reports any
 * bad pair of + or - operands.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
