	/*
 * printf() with a format string only, and escapes in string literals.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("plain text\n");
	printf("tab\there, quote \" and backslash \\\n");
	exit(0);
}
