	/*
 * Without -C, a preprocessor directive is an invalid control directive.
 *
 * @@opts: -x errtags
 * @@exit: 1
 */
#define X 1
BEGIN
{
	exit(0);
}
