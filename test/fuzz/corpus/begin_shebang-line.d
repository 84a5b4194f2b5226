	#!/usr/sbin/dtrace -qs
/*
 * An interpreter line at the top of a script is not D: the compiler skips
 * it when the file is given to -s.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("the #! line was skipped\n");
	exit(0);
}
