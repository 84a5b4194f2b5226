	/*
 * A syntax error in an included file names the file.
 *
 * @@opts: -C -I inc -x errtags
 * @@exit: 1
 */
#include "bad.h"

BEGIN
{
	exit(0);
}
