	/*
 * In quiet mode trace() prints each value alone, with no separator or
 * padding (integers in decimal, strings as they are).
 *
 * @@opts: -q
 */

BEGIN
{
	trace(1);
	trace("a");
	trace(-2);
	trace("\n");
	exit(0);
}
