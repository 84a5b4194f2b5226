	/*
 * A sign before the digits is part of the integer ("--" ends the options).
 *
 * @@opts: -q
 * @@args: -- -12 +7
 */
BEGIN
{
	printf("%d %d %d\n", $1, $2, $1 + $2);
	exit(0);
}
