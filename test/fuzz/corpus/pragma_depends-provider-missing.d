	#pragma D depends_on provider nosuchprov
BEGIN
{
	exit(0);
}

/*
 * A program that depends on a provider this system lacks is refused.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
