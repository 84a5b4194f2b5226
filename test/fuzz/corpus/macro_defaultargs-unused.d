	/*
 * defaultargs does not allow unused arguments (that is argref).
 *
 * @@opts: -x defaultargs
 * @@args: extra
 * @@exit: 1
 */
BEGIN
{
	exit(0);
}
