	BEGIN

END
{
	exit(0);
}

/*
 * In a script, probe descriptions must be followed by a predicate or
 * actions (with -n, "dtrace -n BEGIN" is a whole program).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
