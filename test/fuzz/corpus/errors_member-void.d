	struct s {
	void a;
};

BEGIN
{
	exit(0);
}

/*
 * A struct member of type void: D_DECL_VOIDOBJ.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
