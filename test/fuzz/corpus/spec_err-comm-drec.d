	BEGIN
{
	trace(1);
	commit(1);
}

/*
 * commit( ) after a data-recording action: D_COMM_DREC.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
