	struct s {
	struct fwd a;
};

BEGIN
{
	exit(0);
}

/*
 * A struct member of a struct type that is only declared:
 * D_DECL_INCOMPLETE.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
