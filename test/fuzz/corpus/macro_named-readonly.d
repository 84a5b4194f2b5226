	/*
 * Macro variables are constants: they cannot be modified.
 *
 * @@opts: -x errtags
 * @@exit: 1
 */
BEGIN
{
	$pid++;
}
