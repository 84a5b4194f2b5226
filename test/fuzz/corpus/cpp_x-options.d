	/*
 * The -x forms: cpp, define, undef, incdir.
 *
 * @@opts: -q -x cpp -x define=N=3 -x define=M -x undef=M -x incdir=inc
 */
#include "values.h"

BEGIN
{
#ifndef M
	printf("%d %d\n", N, ANSWER);
#endif
	exit(0);
}
