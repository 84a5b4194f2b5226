	BEGIN
{
	trace(nosuch);
	exit(0);
}

/*
 * Without -xerrtags the message has no tag.
 *
 * @@exit: 1
 */
