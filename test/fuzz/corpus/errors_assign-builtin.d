	BEGIN
{
	pid += 1;
}

/*
 * Assigning to a built-in variable: D_OP_WRITE, naming the operator.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
