	#pragma D option nosuch
BEGIN
{
	exit(0);
}

/*
 * An unknown option in a pragma is an error.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
