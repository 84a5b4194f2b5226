	BEGIN
{
	x = 1;
	x ? trace(1) : trace(2);
}

/*
 * A ?: whose branches are both actions: D_OP_ACT.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
