	/*
 * A string inline.
 */

#pragma D option quiet

inline string GREETING = "hello";

BEGIN
{
	printf("%s, world %d\n", GREETING, strlen(GREETING));
	exit(0);
}
