	/*
 * lltostr() converts an integer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(lltostr("12"));
}
