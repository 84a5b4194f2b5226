	/*
 * index(s, sub [, start]) and rindex(s, sub [, start]), with DTrace's
 * (Perl's) rules from illumos dtrace_dif_subr: -1 when not found; index
 * clamps a negative start to 0, and a start at or past the end finds only
 * "" (at the length); rindex searches backwards from the start (at most the
 * length, where "" is found), and a negative start finds only "" (at 0);
 * "" in "" is at 0 whatever the start.
 */
#pragma D option quiet

BEGIN
{
	s = "hello world";
	e = "";
	printf("%d %d\n", index(s, "o"), rindex(s, "o"));            /* 4 7 */
	printf("%d %d %d\n", index(s, "o", 5), index(s, "o", 8), index(s, "o", -3)); /* 7 -1 4 */
	printf("%d %d %d\n", index(s, e, 3), index(s, e, 20), index(s, "x", 20));    /* 3 11 -1 */
	printf("%d %d %d\n", rindex(s, "o", 6), rindex(s, "o", -1), rindex(s, e, -1)); /* 4 -1 0 */
	printf("%d %d\n", rindex(s, e, 100), rindex(s, e));          /* 11 11 */
	printf("%d %d %d %d\n", index(e, e), rindex(e, e, 5), index(e, "a"), index(s, e)); /* 0 0 -1 0 */
	printf("%d %d %d\n", index(s, "world"), index(s, "worlds"), index(s, "hello world!")); /* 6 -1 -1 */
	printf("%d %d\n", rindex("aaa", "aa"), index("aaa", "aa"));  /* 1 0 */
	printf("%d\n", index(execname, "trace"));                    /* 1 */
	exit(0);
}
