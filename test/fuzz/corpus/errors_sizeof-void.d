	BEGIN
{
	trace(sizeof ((void)0));
}

/*
 * sizeof of a void expression: D_SIZEOF_TYPE.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
