	/*
 * A value too large for int is a long, as for an integer literal.
 *
 * @@opts: -q
 * @@args: 8589934592
 */
BEGIN
{
	printf("%d %d\n", $1 / 2, sizeof ($1));
	exit(0);
}
