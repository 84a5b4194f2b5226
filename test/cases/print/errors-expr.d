/*
 * print() is an action: it may not be used as a value.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */

BEGIN
{
	x = print(1);
}
