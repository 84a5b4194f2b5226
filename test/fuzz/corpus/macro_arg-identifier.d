	/*
 * An argument spelling an identifier is that identifier: here the
 * built-in variable execname.
 *
 * @@opts: -q
 * @@args: execname
 */
BEGIN
{
	printf("%s\n", $1);
	exit(0);
}
