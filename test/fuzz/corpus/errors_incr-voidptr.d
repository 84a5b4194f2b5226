	BEGIN
{
	p = (void *)0;
	p++;
}

/*
 * Incrementing a void pointer: D_OP_VFPTR, the size of what it points at
 * is unknown.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
