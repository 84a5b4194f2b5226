	/*
 * sizeof(string) is the string size (strsize, 256 bytes by default);
 * sizeof of a string constant counts its characters plus the terminating
 * NUL.
 */

#pragma D option quiet

BEGIN
{
	printf("%d\n", sizeof(string));
	printf("%d %d\n", sizeof("hello"), sizeof(""));
	exit(0);
}
