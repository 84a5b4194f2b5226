	BEGIN
{
	x = 1;
	trace(x + (trace(1), 1));
}

/*
 * An action as an operand of the comma operator: D_OP_ACT.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
