	int a[int];
string a[int];

BEGIN
{
	exit(0);
}

/*
 * An associative array declared again with another value type:
 * D_DECL_IDRED, with the kind and type of both declarations.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
