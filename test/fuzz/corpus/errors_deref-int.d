	BEGIN
{
	x = 1;
	trace(*x);
}

/*
 * Dereferencing an integer: D_DEREF_NONPTR.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
