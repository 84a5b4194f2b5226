	/*
 * The explicitly signed integer types, including the "short int" and "long
 * int" spellings.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d %d\n", sizeof(signed char), sizeof(signed short),
	    sizeof(signed int), sizeof(signed long), sizeof(signed long long));
	printf("%d %d %d %d\n", sizeof(short int), sizeof(long int),
	    sizeof(long long int), sizeof(unsigned));
	exit(0);
}
