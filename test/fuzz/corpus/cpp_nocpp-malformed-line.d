	/*
 * #line needs a line number.
 *
 * @@opts: -x errtags
 * @@exit: 1
 */
#line here
BEGIN
{
	exit(0);
}
