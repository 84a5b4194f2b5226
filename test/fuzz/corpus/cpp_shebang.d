	#!/usr/sbin/dtrace -Cqs
/*
 * An interpreter line does not upset cpp, and line numbers stay right.
 *
 * @@opts: -C
 * @@exit: 1
 */
BEGIN
{
	x = ;
}
