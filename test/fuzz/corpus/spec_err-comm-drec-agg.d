	BEGIN
{
	@ = count();
	commit(1);
}

/*
 * commit( ) after an aggregation: D_COMM_DREC.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
