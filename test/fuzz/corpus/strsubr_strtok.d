	/*
 * strtok(s, delims) and strtok(NULL, delims), as in illumos
 * dtrace_dif_subr: delimiters before a token are skipped, the delimiters
 * may change from call to call, and the position is kept for the rest of
 * the probe firing (later clauses of the same firing go on with it).  The
 * position kept is that of the delimiter that ended the token, so with
 * other delimiters it starts the next token (":x", ",b").
 */
#pragma D option quiet

BEGIN
{
	s = "//usr/local//lib:x";
	printf("[%s]", strtok(s, "/"));
	printf("[%s]", strtok(NULL, "/"));
	printf("[%s]\n", strtok(NULL, ":"));
}

BEGIN
{
	/* the next clause of the same firing: "//lib" up to ':' was taken */
	printf("[%s]\n", strtok(NULL, "/"));
	printf("[%s] [%s]\n", strtok("a,b", ","), strtok(NULL, ""));
	printf("[%s]\n", strtok(",,,x,,", ","));
	exit(0);
}
