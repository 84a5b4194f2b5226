	BEGIN
{
	commit(1);
	speculate(2);
}

/*
 * speculate( ) after commit( ): D_SPEC_COMM.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
