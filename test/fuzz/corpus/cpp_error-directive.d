	/*
 * #error under -C stops the preprocessor.
 *
 * @@opts: -C
 * @@exit: 1
 */
#ifndef NEEDED
#error NEEDED must be defined
#endif
BEGIN
{
	exit(0);
}
