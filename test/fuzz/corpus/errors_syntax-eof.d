	/* A clause left open at the end of the file.  @@exit: 1 */
BEGIN
{
	trace(1);