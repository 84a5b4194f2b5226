	struct s {
	int a : timestamp;
};

BEGIN
{
	exit(0);
}

/*
 * A bit-field width that is not a constant: D_DECL_BFCONST.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
