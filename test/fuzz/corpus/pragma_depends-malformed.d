	#pragma D depends_on provider
BEGIN
{
	exit(0);
}

/*
 * depends_on takes a class and a name.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
