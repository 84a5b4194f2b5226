	/*
 * #error stops the compilation with its text.
 *
 * @@opts: -x errtags
 * @@exit: 1
 */
#error "not" supported here
BEGIN
{
	exit(0);
}
