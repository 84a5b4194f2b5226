	/*
 * #ident lines and empty directives are ignored.
 *
 * @@opts: -q
 */
#ident "version 1"
#
BEGIN
{
	printf("ok\n");
	exit(0);
}
