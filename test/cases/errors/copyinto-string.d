/*
 * copyinto( )'s destination must be an address (D_PROTO_ARG).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	copyinto(arg0, 4, "abc");
}
