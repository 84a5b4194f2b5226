	/*
 * Not quiet, trace() of a string prints two spaces and the string
 * left-aligned in 33 columns after the probe line.
 *
 * @@cpu: 0
 */

BEGIN
{
	trace("hello");
	exit(0);
}
