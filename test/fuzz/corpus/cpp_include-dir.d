	/*
 * -I adds a directory to the include path.
 *
 * @@opts: -q -C -I inc
 */
#include "values.h"
#include <values.h>

BEGIN
{
	printf("%s %d\n", GREETING, ANSWER);
	exit(0);
}
