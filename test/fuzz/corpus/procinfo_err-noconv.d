	BEGIN
{
	trace(curpsinfo->pr_start.tv_sec);
}

/*
 * A member the translator does not convert (a struct-valued one).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
