	/*
 * Macro arguments are read as C integer constants: 0x.. is hex, 0.. octal.
 *
 * @@opts: -q
 * @@args: 0x1f 017 0
 */
BEGIN
{
	printf("%d %d %d\n", $1, $2, $3);
	exit(0);
}
