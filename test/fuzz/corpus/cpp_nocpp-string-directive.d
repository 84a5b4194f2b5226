	/*
 * A directive that is a string is invalid.
 *
 * @@opts: -x errtags
 * @@exit: 1
 */
# "text"
BEGIN
{
	exit(0);
}
