	int x;
string x;

BEGIN
{
	exit(0);
}

/*
 * A global declared again with another type: D_DECL_IDRED, with the kind
 * and type of both declarations.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
