	/*
 * Escape sequences in string constants: tab, quote, backslash, octal and
 * hexadecimal.
 */

#pragma D option quiet

BEGIN
{
	printf("[%s]\n", "a\tb");
	printf("[%s]\n", "say \"hi\"");
	printf("[%s]\n", "back\\slash");
	printf("[%s]\n", "\x41\102C");
	exit(0);
}
