	/*
 * trace( ) and printf( ) in speculations, not quiet: a speculative record
 * prints, when committed, with the CPU and probe it was recorded for,
 * after the committing clause's own probe line; a discarded one never
 * prints; a clause that records nothing in the speculation still has its
 * probe line held.
 *
 * @@opts: -x nspec=2
 * @@cpu: 0
 */

BEGIN
{
	s = speculation();
	t = speculation();
	speculate(s);
	trace(s);
	trace("string");
	printf("[%s %d]", "printf", 42);
}

BEGIN
{
	speculate(t);
	trace("discarded");
}

BEGIN
{
	speculate(s);
}

BEGIN
{
	trace("not speculative");
}

BEGIN
{
	discard(t);
	commit(s);
}

BEGIN
{
	exit(0);
}
