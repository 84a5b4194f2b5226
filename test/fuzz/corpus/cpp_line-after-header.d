	/*
 * After an #include, lines are counted in the script again.
 *
 * @@opts: -C -I inc
 * @@exit: 1
 */
#include "values.h"

BEGIN
{
	x = ANSWER;
	y = ;
}
