	/*
 * END fires after exit() and, with an empty clause, prints its probe line
 * (probe ID 2).  Two clauses on two probes: "matched 2 probes".
 *
 * @@cpu: 0
 */

BEGIN
{
	exit(0);
}

END
{
}
