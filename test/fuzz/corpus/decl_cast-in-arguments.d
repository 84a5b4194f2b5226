	/*
 * Casts and sizeof of type names inside function arguments, where the
 * type name is directly followed by ')'; NULL is D's alias for address 0.
 */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", (char)300, (unsigned char)-1, (short)70000,
	    sizeof(int *));
	printf("%d %d %d\n", (int *)0 == NULL, (long)NULL, sizeof(unsigned long long));
	exit(0);
}
