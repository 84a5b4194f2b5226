	BEGIN
{
	@ = count();
	speculate(1);
}

/*
 * speculate( ) after an aggregation: D_SPEC_DREC, as after any data.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
