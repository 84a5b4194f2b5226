	BEGIN
{
	x = 1;
	y = x ? trace(1) : 0;
}

/*
 * A ?: whose branches have incompatible types (an action and an integer):
 * D_OP_INCOMPAT.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
