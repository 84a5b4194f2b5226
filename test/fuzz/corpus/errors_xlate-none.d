	struct in { int x; };
struct out { int a; };
translator struct out < struct in *I > { a = I->x; };

BEGIN
{
	trace(xlate <struct out>(1).a);
}

/*
 * No translator from the input type to the output type: D_XLATE_NONE.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
