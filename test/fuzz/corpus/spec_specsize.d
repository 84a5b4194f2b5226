	/*
 * specsize bounds a speculation's bytes on each CPU: each record here is
 * 24 bytes (8 of header, 8 of speculation word, 8 for the integer), so
 * 60 bytes hold two; the three others are speculative drops.  As in
 * DTrace, a speculate( ) without room ends its clause: n counts only the
 * records kept.  All BEGIN clauses run on one CPU.
 */
#pragma D option quiet
#pragma D option specsize=60

BEGIN
{
	s = speculation();
}

BEGIN { speculate(s); printf("%d\n", ++n); }
BEGIN { speculate(s); printf("%d\n", ++n); }
BEGIN { speculate(s); printf("%d\n", ++n); }
BEGIN { speculate(s); printf("%d\n", ++n); }
BEGIN { speculate(s); printf("%d\n", ++n); }

BEGIN
{
	commit(s);
}

BEGIN
{
	printf("n %d\n", n);
	exit(0);
}
