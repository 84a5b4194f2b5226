	/*
 * print() takes one argument, not two.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */

BEGIN
{
	print(1, 2);
}
