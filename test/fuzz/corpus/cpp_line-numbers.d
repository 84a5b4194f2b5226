	/*
 * Errors after preprocessing give the line of the original script:
 * cpp's line markers are followed.
 *
 * @@opts: -C -x errtags
 * @@exit: 1
 */
#define X 1
#define Y 2

/*
 * A long comment, which cpp removes.
 *
 *
 *
 *
 *
 *
 *
 */




BEGIN
{
	x = X + ;
}
