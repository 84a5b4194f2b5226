	/*
 * curthread->comm is the name of the current executable.
 */

#pragma D option quiet

BEGIN
{
	printf("%s %c\n", curthread->comm, curthread->comm[0]);
	exit(0);
}
