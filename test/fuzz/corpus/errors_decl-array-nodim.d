	int a[];

BEGIN
{
	exit(0);
}

/*
 * An array declared without a dimension: D_DECL_ARRNULL, naming the
 * variable.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
