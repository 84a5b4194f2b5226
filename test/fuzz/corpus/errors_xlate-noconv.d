	struct in { int x; };
struct out { int a; int b; };
translator struct out < struct in *I > { a = I->x; };
struct in *p;

BEGIN
{
	trace(xlate <struct out>(p).b);
}

/*
 * A member the translator does not define: D_XLATE_NOCONV.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
