/*
 * trace() of a kernel struct read from the current task (a nice-0
 * thread's load weight, 16 bytes) prints its bytes as a hex dump; a
 * kernel char array prints as a string.
 *
 * @@opts: -q
 */

BEGIN
{
	trace(curthread->se.load);
	trace(curthread->comm);
	printf("\n");
	exit(0);
}
