	BEGIN
{
	p = (void *)0;
	trace(*p);
}

/*
 * Dereferencing a void pointer: D_DEREF_VOID.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
