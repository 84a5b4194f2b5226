	BEGIN
{
	x = count();
}

/*
 * An aggregating function is not an expression.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
