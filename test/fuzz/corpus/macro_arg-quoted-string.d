	/*
 * Double quotes around an argument make it a string; they are removed.
 *
 * @@opts: -q
 * @@args: '"quoted"' '"42"'
 */
BEGIN
{
	printf("%s %s\n", $1, $2);
	exit(0);
}
