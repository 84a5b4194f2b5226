	/*
 * exit() records the exit status; the statements after it in the same
 * clause still run.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("before exit\n");
	exit(0);
	printf("after exit\n");
}
