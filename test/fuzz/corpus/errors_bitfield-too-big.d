	struct s {
	char a : 9;
};

BEGIN
{
	exit(0);
}

/*
 * A bit-field wider than its type: D_DECL_BFSIZE.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
