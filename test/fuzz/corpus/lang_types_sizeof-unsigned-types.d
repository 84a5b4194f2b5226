	/*
 * The unsigned integer types have the sizes of their signed counterparts.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d %d\n", sizeof(unsigned char), sizeof(unsigned short),
	    sizeof(unsigned int), sizeof(unsigned long),
	    sizeof(unsigned long long));
	exit(0);
}
