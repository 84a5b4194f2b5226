	/*
 * stack()'s depth is an integer, not a string.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	stack("deep");
}
