	/*
 * Option argref allows arguments that are not used.
 *
 * @@opts: -q -x argref
 * @@args: foo bar
 */
BEGIN
{
	printf("ok\n");
	exit(0);
}
