	BEGIN
{
	trace(this->nosuch);
}

/*
 * Reading a clause-local variable that was never assigned: D_VAR_UNDEF.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
