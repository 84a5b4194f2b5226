	BEGIN
{
	$1 = 2;
}

/*
 * Assigning to a macro argument, which is a constant: D_OP_LVAL.
 *
 * @@opts: -xerrtags
 * @@args: 5
 * @@exit: 1
 */
