	/*
 * A failing preprocessor fails the compilation; cpp's message comes first.
 *
 * @@opts: -C
 * @@exit: 1
 */
#include "no-such-header.h"

BEGIN
{
	exit(0);
}
