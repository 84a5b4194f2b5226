	/*
 * An inline may be defined by a non-constant expression, evaluated where
 * it is used.
 */

#pragma D option quiet

inline int MYPID = pid;
inline int NEXTPID = pid + 1;

BEGIN
{
	printf("%d %d\n", MYPID == pid, NEXTPID - pid);
	exit(0);
}
