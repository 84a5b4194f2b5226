/*
 * A string inline.
 * @@skip: KNOWN-BUG integer inlines in printf arguments
 */

#pragma D option quiet

inline string GREETING = "hello";

BEGIN
{
	printf("%s, world %d\n", GREETING, strlen(GREETING));
	exit(0);
}
