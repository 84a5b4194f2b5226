	#pragma D option bufsize=zz

BEGIN
{
	exit(0);
}

/*
 * An option that does not take the value given: D_PRAGMA_OPTSET, naming
 * the option and the value.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
