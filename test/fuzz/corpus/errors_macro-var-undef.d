	BEGIN
{
	trace($nosuch);
}

/*
 * A macro variable that does not exist: D_MACRO_UNDEF.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
