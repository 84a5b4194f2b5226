	BEGIN
{
	x = "a";
	x++;
}

/*
 * Incrementing a string: D_OP_SCALAR ("requires operand of scalar type").
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
