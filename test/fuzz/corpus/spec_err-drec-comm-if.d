	BEGIN
{
	commit(1);
	if (1 > 0) {
		trace(1);
	}
}

/*
 * Data recorded after commit( ), in an if statement: D_DREC_COMM (the order is the source order).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
