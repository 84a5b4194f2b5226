	/*
 * #line sets the line number and the file named in messages.
 *
 * @@opts: -x errtags
 * @@exit: 1
 */
#line 100 "other.d"
BEGIN
{
	x = ;
}
