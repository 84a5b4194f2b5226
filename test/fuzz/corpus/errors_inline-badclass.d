	inline static int X = 1;

BEGIN
{
	exit(0);
}

/*
 * An inline with a storage class: D_DECL_BADCLASS.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
