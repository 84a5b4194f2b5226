	#pragma D option nosuchoption

BEGIN
{
	exit(0);
}

/*
 * An unknown option: D_PRAGMA_OPTSET, naming the option.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
