	/*
 * Only the last argument needs to be used.
 *
 * @@opts: -q
 * @@args: first second
 */
BEGIN
{
	printf("%s\n", $$2);
	exit(0);
}
