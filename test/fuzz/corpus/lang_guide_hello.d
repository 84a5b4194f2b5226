	/*
 * The first example of the language: trace a string from BEGIN and exit,
 * with the default (not quiet) output.
 *
 * @@cpu: 0
 */

BEGIN
{
	trace("hello, world");
	exit(0);
}
