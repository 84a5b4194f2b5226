	static int x;

BEGIN
{
	exit(0);
}

/*
 * A storage class D does not have: D_DECL_BADCLASS.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
