	/*
 * Nested casts of constants apply one after the other.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %u\n", (int)(char)200, (unsigned int)(unsigned char)-1);
	printf("%d %u\n", (long)(int)-1, (unsigned long)(unsigned int)-1);
	exit(0);
}
