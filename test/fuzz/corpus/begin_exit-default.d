	/*
 * A BEGIN clause whose only action is exit(0), not quiet: the column header,
 * then one probe line (CPU, probe ID 1, ":BEGIN" right-aligned in 32 columns,
 * a trailing space) and the final newline.  On stderr, the "matched" notice.
 *
 * @@cpu: 0
 */

BEGIN
{
	exit(0);
}
