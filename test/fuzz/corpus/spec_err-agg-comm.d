	BEGIN
{
	commit(1);
	@a[1] = sum(2);
}

/*
 * An aggregation after commit( ): D_AGG_COMM.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
