	/*
 * uintptr_t, intptr_t, size_t, ssize_t and pointer types are all 8 bytes
 * on a 64-bit kernel.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", sizeof(uintptr_t), sizeof(intptr_t),
	    sizeof(size_t), sizeof(ssize_t));
	printf("%d %d %d\n", sizeof(int *), sizeof(char *), sizeof(void *));
	printf("%d\n", sizeof(int **));
	exit(0);
}
