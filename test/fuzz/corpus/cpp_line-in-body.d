	/*
 * Line markers can come inside a clause (cpp writes one after many blank
 * lines), and are followed there too.
 *
 * @@opts: -C
 * @@exit: 1
 */
BEGIN
{
	x = 1;















	y = ;
}
