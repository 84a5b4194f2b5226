	BEGIN
{
	x = speculation(1);
}

/*
 * speculation( ) takes no argument: D_PROTO_LEN.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
