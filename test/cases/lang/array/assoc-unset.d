/*
 * An element of an associative array that was never assigned reads as
 * zero.
 * @@skip: KNOWN-BUG associative arrays unsupported
 */

#pragma D option quiet

BEGIN
{
	arr["x"] = 1;
	printf("%d\n", arr["y"]);
	exit(0);
}
