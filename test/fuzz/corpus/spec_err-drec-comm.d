	BEGIN
{
	commit(1);
	printf("%d\n", 1);
}

/*
 * Data recorded after commit( ): D_DREC_COMM.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
