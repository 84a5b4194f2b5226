	BEGIN
{
	trace(sizeof (void));
}

/*
 * sizeof of the type void: D_SIZEOF_TYPE.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
