/*
 * print() takes one argument.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */

BEGIN
{
	print();
}
