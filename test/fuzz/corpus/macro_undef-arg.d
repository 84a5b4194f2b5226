	/*
 * Using an argument that was not given is an error.
 *
 * @@opts: -x errtags
 * @@exit: 1
 */
BEGIN
{
	trace($1);
	exit(0);
}
