	#pragma D depends_on thing x
BEGIN
{
	exit(0);
}

/*
 * depends_on names a provider, a module or a library.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
