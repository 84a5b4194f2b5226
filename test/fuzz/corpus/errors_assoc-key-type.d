	/*
 * Each key keeps the type of the first assignment's subscript.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	a["x"] = 3;
	trace(a[1]);
}
