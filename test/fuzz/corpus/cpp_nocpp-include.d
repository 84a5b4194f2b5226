	/*
 * The same for #include.
 *
 * @@exit: 1
 */
#include "inc/values.h"
BEGIN
{
	exit(0);
}
