/*
 * stack() takes at most one argument.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	stack(1, 2);
}
