	/*
 * A ?: whose condition is a constant is resolved by the compiler, so an
 * action may be one of its operands: with a false condition the printf()
 * is dropped.
 */

#pragma D option quiet

inline int OPT = 0;

BEGIN
{
	OPT ? printf("x\n") : 1;
	printf("done\n");
	exit(0);
}
