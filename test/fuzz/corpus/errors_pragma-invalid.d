	#pragma D nosuchpragma

BEGIN
{
	exit(0);
}

/*
 * An unknown #pragma D directive: D_PRAGMA_INVAL.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
