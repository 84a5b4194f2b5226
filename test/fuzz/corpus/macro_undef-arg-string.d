	/*
 * The same for $$n.
 *
 * @@opts: -x errtags
 * @@args: one
 * @@exit: 1
 */
BEGIN
{
	trace($$1);
	trace($$2);
}
