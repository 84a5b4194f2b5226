	inline int X = 1;
inline int X = 2;

BEGIN
{
	exit(0);
}

/*
 * An inline defined twice: D_DECL_IDRED, "identifier redefined".
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
