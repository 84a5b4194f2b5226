	/*
 * So is one using a macro variable that does not exist.
 *
 * @@exit: 1
 */
dtrace:::$nosuch
{
	exit(0);
}
