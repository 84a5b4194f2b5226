	/*
 * A clause whose statements record no data (an assignment only) prints
 * nothing, not even its probe line: only the exit() clause's line appears.
 *
 * @@cpu: 0
 */

BEGIN
{
	x = 1;
}

BEGIN
{
	exit(0);
}
