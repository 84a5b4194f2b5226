/*
 * print() may not be called in a predicate.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */

BEGIN
/print(1)/
{
	exit(0);
}
