	BEGIN
{
	trace(1);
	speculate(1);
}

/*
 * speculate( ) after a data-recording action: D_SPEC_DREC.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
