	/*
 * Escape sequences in character constants: \n \t \r \0 \\ \' \" \a \b \f
 * \v and octal and hexadecimal escapes.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", '\n', '\t', '\r', '\0');
	printf("%d %d %d\n", '\\', '\'', '\"');
	printf("%d %d %d %d\n", '\a', '\b', '\f', '\v');
	printf("%d %d %d\n", '\101', '\x41', '\177');
	exit(0);
}
