	/*
 * Arguments given but not used are an error (the last one is checked).
 *
 * @@opts: -x errtags
 * @@args: foo
 * @@exit: 1
 */
BEGIN
{
	exit(0);
}
