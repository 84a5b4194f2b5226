	/*
 * Not quiet, trace() of a 64-bit value (a decimal constant too large for an
 * int has type long) pads it as " %16lld" after the probe line.
 *
 * @@cpu: 0
 */

BEGIN
{
	trace(1099511627776);
	exit(0);
}
