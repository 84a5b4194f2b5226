	BEGIN
{
	x = 1;
	trace(x.a);
}

/*
 * The . operator applied to an integer: D_OP_SOU.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
