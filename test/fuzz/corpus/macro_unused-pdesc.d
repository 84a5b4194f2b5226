	/*
 * A use in a probe description counts as a use.
 *
 * @@opts: -q
 * @@args: BEGIN
 */
dtrace:::$1
{
	printf("ok\n");
	exit(0);
}
