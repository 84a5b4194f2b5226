	/*
 * Integers and pointers convert to each other with casts.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d\n", (uintptr_t)(int *)16, (uintptr_t)((char *)(uintptr_t)8 + 1));
	exit(0);
}
