	/*
 * basename(), dirname() and cleanpath() as illumos dtrace_dif_subr
 * computes them: trailing slashes are not part of either name; "" and a
 * name without a slash have the directory "."; all slashes give "/".
 * cleanpath() removes "//", "/./" and a component before "/../" (also
 * before a final "/..", leaving its slash), and keeps "." at the end.
 */
#pragma D option quiet

BEGIN
{
	printf("[%s] [%s]\n", basename("/usr/lib/libc.so.1"), dirname("/usr/lib/libc.so.1"));
	printf("[%s] [%s]\n", basename("/usr/lib/"), dirname("/usr/lib/"));     /* lib /usr */
	printf("[%s] [%s]\n", basename("libc.so"), dirname("libc.so"));         /* libc.so . */
	printf("[%s] [%s]\n", basename("/"), dirname("/"));                     /* / / */
	printf("[%s] [%s]\n", basename("///"), dirname("///"));                 /* / / */
	printf("[%s] [%s]\n", basename(""), dirname(""));                       /* . . */
	printf("[%s] [%s]\n", basename("/etc"), dirname("/etc"));               /* etc / */
	printf("[%s] [%s]\n", basename("a//b//"), dirname("a//b//"));           /* b a */
	printf("[%s] [%s]\n", basename("//a"), dirname("//a"));                 /* a / */
	printf("[%s]\n", cleanpath("/usr/./lib/../bin//ls"));                   /* /usr/bin/ls */
	printf("[%s]\n", cleanpath("/a/b/.."));                                 /* /a/ */
	printf("[%s]\n", cleanpath("/a/b/../../../c"));                         /* /c */
	printf("[%s]\n", cleanpath("/a/./b/."));                                /* /a/b/. */
	printf("[%s]\n", cleanpath("/a/..b/.c/..."));                          /* unchanged */
	printf("[%s]\n", cleanpath("a/../b"));                                  /* /b */
	printf("[%s]\n", cleanpath("//a//"));                                   /* /a/ */
	printf("[%s]\n", cleanpath("/.."));                                     /* / */
	exit(0);
}
