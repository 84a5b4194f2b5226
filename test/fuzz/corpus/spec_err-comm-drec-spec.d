	BEGIN
{
	speculate(1);
	trace(1);
	commit(2);
}

/*
 * commit( ) after data recorded in a speculation: D_COMM_DREC.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
