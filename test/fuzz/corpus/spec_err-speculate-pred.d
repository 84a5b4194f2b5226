	BEGIN
/speculate(1)/
{
}

/*
 * speculate( ) in a predicate: D_CG_EXPR.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
