	BEGIN
{
	trace(self->nosuch);
}

/*
 * Reading a thread-local variable that is never assigned: D_VAR_UNDEF.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
