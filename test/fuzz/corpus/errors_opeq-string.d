	BEGIN
{
	x = 1;
	x += "a";
}

/*
 * += with a string operand: D_OP_INCOMPAT.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
