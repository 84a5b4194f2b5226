	/*
 * An integer argument cannot be assigned.
 *
 * @@opts: -x errtags
 * @@args: 5
 * @@exit: 1
 */
BEGIN
{
	$1 = 3;
}
