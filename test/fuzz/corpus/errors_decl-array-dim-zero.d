	int a[0];

BEGIN
{
	exit(0);
}

/*
 * An array dimension of zero: D_DECL_ARRSUB.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
