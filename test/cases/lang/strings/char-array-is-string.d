/*
 * A char array is accepted where a string is expected (printf %s,
 * comparison with a string).
 * @@skip: KNOWN-BUG char array as string rejected by verifier
 */

#pragma D option quiet

BEGIN
{
	printf("%s\n", curthread->comm);
	printf("%d\n", curthread->comm == "dtrace");
	exit(0);
}
