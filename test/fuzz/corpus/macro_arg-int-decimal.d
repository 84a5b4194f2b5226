	/*
 * A decimal macro argument is an integer constant: $1 + 1 is arithmetic.
 *
 * @@opts: -q
 * @@args: 41
 */
BEGIN
{
	printf("%d\n", $1 + 1);
	exit(0);
}
