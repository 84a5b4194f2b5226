	int a[0x100000000];

BEGIN
{
	exit(0);
}

/*
 * An array dimension larger than UINT_MAX: D_DECL_ARRBIG.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
