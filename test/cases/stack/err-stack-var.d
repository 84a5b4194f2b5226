/*
 * stack()'s depth must be a constant.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	n = 3;
	stack(n);
}
