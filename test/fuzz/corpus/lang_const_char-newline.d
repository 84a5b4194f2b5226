	BEGIN
{
	x = 'a;
	exit(0);
}

/*
 * A character constant interrupted by the end of the line; the error is
 * counted on the next line, after the newline was read.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
