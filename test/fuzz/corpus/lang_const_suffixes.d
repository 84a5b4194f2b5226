	/*
 * Suffixes u, l, ul, ll and ull (either case) select unsigned and long
 * types.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", sizeof(1U), sizeof(1u), sizeof(1L), sizeof(1l));
	printf("%d %d %d %d\n", sizeof(1UL), sizeof(1LL), sizeof(1ULL),
	    sizeof(0x1uL));
	printf("%d %d\n", 10U, 10LL);
	exit(0);
}
