	/*
 * An associative array that is never assigned cannot be read.
 *
 * @@exit: 1
 */
BEGIN
{
	trace(nosuch["x"]);
}
