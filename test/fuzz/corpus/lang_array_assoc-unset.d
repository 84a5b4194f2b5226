	/*
 * An element of an associative array that was never assigned reads as
 * zero.
 */

#pragma D option quiet

BEGIN
{
	arr["x"] = 1;
	printf("%d\n", arr["y"]);
	exit(0);
}
