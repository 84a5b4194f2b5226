	/*
 * defaultargs may be set by a pragma.
 *
 * @@opts: -q
 */
#pragma D option defaultargs

BEGIN
{
	printf("%d [%s]\n", $1 + 1, $$1);
	exit(0);
}
