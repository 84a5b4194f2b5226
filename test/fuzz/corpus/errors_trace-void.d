	BEGIN
{
	trace((void)0);
}

/*
 * trace() of a void expression: D_TRACE_VOID.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
