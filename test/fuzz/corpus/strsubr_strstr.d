	/*
 * strstr(s, sub): the rest of s from the first sub; "" is found at the
 * start (illumos dtrace_dif_subr).  strchr(s, c) and strrchr(s, c): the
 * rest of s from the first (last) c; the NUL that ends s can be found too.
 */
#pragma D option quiet

BEGIN
{
	s = "hello world";
	printf("[%s] [%s] [%s]\n", strstr(s, "o w"), strstr(s, ""), strstr("", ""));
	printf("[%s] [%s]\n", strstr(s, "world"), strstr(s, "d"));
	printf("[%s] [%s] [%s] [%s]\n", strchr(s, 'o'), strrchr(s, 'o'), strchr(s, 0),
	    strrchr(s, 'h'));
	printf("[%s]\n", strchr(strstr(s, "lo"), ' '));
	exit(0);
}
