	struct s {
	string a : 3;
};

BEGIN
{
	exit(0);
}

/*
 * A bit-field of a type that is not an integer: D_DECL_BFTYPE.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
