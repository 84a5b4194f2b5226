	/*
 * With defaultargs, missing arguments are 0 ($n) or "" ($$n).
 *
 * @@opts: -q -x defaultargs
 * @@args: 5
 */
BEGIN
{
	printf("%d %d [%s] [%s]\n", $1, $2, $$1, $$3);
	exit(0);
}
