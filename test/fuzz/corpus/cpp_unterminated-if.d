	/*
 * An unterminated #if is a preprocessor error.
 *
 * @@opts: -C
 * @@exit: 1
 */
#if 1
BEGIN
{
	exit(0);
}
