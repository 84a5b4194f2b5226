	/*
 * strtok()'s string may be NULL, but no other integer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(strtok(1, ","));
}
