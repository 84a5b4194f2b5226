	struct in { int x; };
struct out { int a; };
translator struct out < struct in *I > { a = I->x; };
struct in *p;

BEGIN
{
	trace(xlate <struct out *>(p).a);
}

/*
 * The . operator on a translation to a pointer type: D_OP_SOU, naming the
 * pointer type.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
