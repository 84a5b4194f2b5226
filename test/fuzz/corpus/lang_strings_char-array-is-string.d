	/*
 * A char array is accepted where a string is expected (printf %s,
 * comparison with a string).
 */

#pragma D option quiet

BEGIN
{
	printf("%s\n", curthread->comm);
	printf("%d\n", curthread->comm == "dtrace");
	exit(0);
}
