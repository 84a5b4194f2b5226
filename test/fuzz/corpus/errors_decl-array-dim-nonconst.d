	int a[timestamp];

BEGIN
{
	exit(0);
}

/*
 * An array dimension that is not a constant: D_DECL_ARRSUB.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
