	/*
 * Not quiet, trace() of an int (4 bytes) pads it as " %8d" after the probe
 * line.
 *
 * @@cpu: 0
 */

BEGIN
{
	trace(42);
	exit(0);
}
