	/*
 * Escapes in a string argument are converted, as in a string literal.
 *
 * @@opts: -q
 * @@args: 'a\tb' 'c\x41'
 */
BEGIN
{
	printf("[%s] [%s]\n", $$1, $$2);
	exit(0);
}
