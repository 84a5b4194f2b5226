	BEGIN
{
	x = 1;
	x = (void)0;
}

/*
 * Assigning a void expression to an integer variable: D_OP_INCOMPAT, the
 * two types clash.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
