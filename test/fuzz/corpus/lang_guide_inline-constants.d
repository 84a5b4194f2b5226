	/*
 * Inline constants as in the Type and Constant Definitions chapter: a
 * numeric constant, a string, and one defined from another.
 */

#pragma D option quiet

inline int seven = 7;
inline string hello = "hello";
inline int fourteen = seven * 2;

BEGIN
{
	printf("%d %s %d\n", seven, hello, fourteen);
	exit(0);
}
