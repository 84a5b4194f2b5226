	enum colour { RED };
int RED;

BEGIN
{
	exit(0);
}

/*
 * A global with the name of an enumerator: D_DECL_IDRED, the previous
 * declaration being an enumerator.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
