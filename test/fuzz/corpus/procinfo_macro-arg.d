	/*
 * The D library compiled for curpsinfo does not count as a program that
 * leaves the macro argument unused: only the script is checked for it.
 *
 * @@opts: -q
 * @@args: hello
 */

BEGIN
{
	printf("%s %d\n", $$1, curpsinfo->pr_pid == pid);
	exit(0);
}
