	BEGIN
{
	nosuchfunc(1);
}

/*
 * A call of a function D does not have: D_FUNC_UNDEF.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
