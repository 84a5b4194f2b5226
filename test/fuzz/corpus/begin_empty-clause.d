	/*
 * A clause with no statements takes the default action: it prints the probe
 * line.  The second clause (exit only) prints a probe line of its own.
 *
 * @@cpu: 0
 */

BEGIN
{
}

BEGIN
{
	exit(0);
}
