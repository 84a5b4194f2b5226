	struct s {
	int a : -1;
};

BEGIN
{
	exit(0);
}

/*
 * A negative bit-field width: D_DECL_BFCONST.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
