	#pragma D depends_on module nosuchmod
BEGIN
{
	exit(0);
}

/*
 * A program that depends on a kernel module that is not loaded is refused.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
