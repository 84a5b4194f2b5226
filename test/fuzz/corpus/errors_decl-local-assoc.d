	this int a[int];

BEGIN
{
	exit(0);
}

/*
 * A clause-local associative array: D_DECL_LOCASSC.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
