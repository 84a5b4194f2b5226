	/*
 * The argument of exit() becomes dtrace's exit status.
 *
 * @@opts: -q
 * @@exit: 7
 */

BEGIN
{
	printf("exiting with 7\n");
	exit(7);
}
