/*
 * stack()'s depth must be a positive integer constant: 0 is refused.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	stack(0);
}
