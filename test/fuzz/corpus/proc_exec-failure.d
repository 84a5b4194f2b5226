	/*
 * exec-failure: args[0] is the errno of the failed exec (ENOENT 2 for a
 * missing path, EACCES 13 for a file that is not executable), after exec
 * has fired for the same path.
 *
 * @@opts: -q
 * @@trigger: procwork execfail /nonexistent/prog /etc/passwd
 */

proc:::exec
/pid == $target/
{
	printf("exec %s\n", args[0]);
}

proc:::exec-failure
/pid == $target/
{
	printf("exec-failure %d\n", args[0]);
}

proc:::exec-success
/pid == $target/
{
	printf("exec-success %s\n", execname);
}
