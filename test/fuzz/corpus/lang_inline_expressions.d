	/*
 * Inlines defined by constant expressions, including other inlines.
 */

#pragma D option quiet

inline int SUM = 2 + 3;
inline int TWICE = SUM * 2;
inline int MASK = (1 << 4) - 1;

BEGIN
{
	printf("%d %d %d\n", SUM, TWICE, MASK);
	exit(0);
}
