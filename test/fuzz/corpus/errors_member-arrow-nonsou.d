	BEGIN
{
	p = (int *)0;
	trace(p->a);
}

/*
 * The -> operator applied to a pointer to an integer: D_OP_SOU, naming
 * the type pointed at.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
