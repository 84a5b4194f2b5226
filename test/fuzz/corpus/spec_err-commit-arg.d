	BEGIN
{
	commit(probefunc);
}

/*
 * commit( ) takes an integer: D_PROTO_ARG.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
