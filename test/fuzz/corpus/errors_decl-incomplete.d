	struct fwd v;

BEGIN
{
	exit(0);
}

/*
 * A variable of a struct type that is only declared: D_DECL_INCOMPLETE.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
