	/*
 * substr(s, index [, length]) as DTrace computes it (illumos
 * dtrace_dif_subr): a negative index counts from the end; an index still
 * before the start takes what is left of the length from the start (and,
 * without a length, the whole string); an index at or past the end gives
 * ""; a negative length leaves that many characters off the end.
 */
#pragma D option quiet

BEGIN
{
	s = "hello world";
	printf("[%s]\n", substr(s, 0));        /* hello world */
	printf("[%s]\n", substr(s, 6));        /* world */
	printf("[%s]\n", substr(s, 0, 5));     /* hello */
	printf("[%s]\n", substr(s, 4, 3));     /* o w */
	printf("[%s]\n", substr(s, -5));       /* world: -5 + 11 = 6 */
	printf("[%s]\n", substr(s, -5, 2));    /* wo */
	printf("[%s]\n", substr(s, -20));      /* -9 < 0, -9 + strsize > 0: from 0, all */
	printf("[%s]\n", substr(s, -13, 4));   /* -2: the length left is 2: "he" */
	printf("[%s]\n", substr(s, -13, 2));   /* -2 + 2 = 0, not > 0: "" */
	printf("[%s]\n", substr(s, 11));       /* at the end: "" */
	printf("[%s]\n", substr(s, 100, 3));   /* past the end: "" */
	printf("[%s]\n", substr(s, 3, -2));    /* -2 + (11 - 3) = 6: "lo wor" */
	printf("[%s]\n", substr(s, 3, -9));    /* -9 + 8 < 0: "" */
	printf("[%s]\n", substr(s, 6, 100));   /* world */
	printf("[%s]\n", substr(s, 2, 0));     /* "" */
	printf("[%s]\n", substr("", 0));       /* "" */
	printf("[%s]\n", substr(execname, 0, 3));
	exit(0);
}
