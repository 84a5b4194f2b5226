	/*
 * A thread-local associative array outside a clause (here in an inline's
 * definition) has no thread.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
inline int x = self->a[1];

BEGIN
{
	trace(x);
}
