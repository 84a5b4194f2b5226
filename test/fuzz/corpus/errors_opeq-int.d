	BEGIN
{
	x = 1;
	x %= "a";
}

/*
 * A compound assignment of the %= family with a string operand: D_OP_INT.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
