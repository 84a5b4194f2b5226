	/*
 * Macro arguments and cpp macros together.
 *
 * @@opts: -q -C
 * @@args: 5 five
 */
#define TWICE(x) ((x) * 2)

BEGIN
{
	printf("%d %s\n", TWICE($1), $$2);
	exit(0);
}
