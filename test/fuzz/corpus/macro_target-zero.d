	/*
 * Without -c or -p, $target is 0.
 *
 * @@opts: -q
 */
BEGIN
{
	printf("%d\n", $target);
	exit(0);
}
