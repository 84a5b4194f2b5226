	/*
 * $0 is the script's name as given to -s; $$0 too.
 *
 * @@opts: -q
 */
BEGIN
{
	printf("%s %s\n", $0, $$0);
	exit(0);
}
