	/*
 * lltostr()'s base is an integer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(lltostr(12, "16"));
}
