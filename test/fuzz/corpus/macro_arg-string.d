	/*
 * An argument that is neither an integer nor an identifier is a string.
 *
 * @@opts: -q
 * @@args: 'hello world'
 */
BEGIN
{
	printf("[%s] %d\n", $1, $1 == "hello world");
	exit(0);
}
