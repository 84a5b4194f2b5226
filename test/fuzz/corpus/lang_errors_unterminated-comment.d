	/*
 * A comment still open at the end of the file.  The error is counted on
 * the line after the last newline of the file.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */

BEGIN
{
	exit(0);
}
/* never closed
