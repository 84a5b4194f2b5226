	BEGIN
{
	discard(1, 2);
}

/*
 * discard( ) takes one argument: D_PROTO_LEN.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
