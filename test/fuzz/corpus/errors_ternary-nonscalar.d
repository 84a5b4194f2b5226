	BEGIN
{
	trace("a" ? 1 : 2);
}

/*
 * A ?: condition that is not scalar: D_OP_SCALAR.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
