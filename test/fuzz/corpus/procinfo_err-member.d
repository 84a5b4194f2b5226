	BEGIN
{
	trace(curpsinfo->pr_nosuch);
}

/*
 * A member psinfo_t does not have.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
