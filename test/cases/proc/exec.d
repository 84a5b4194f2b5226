/*
 * exec fires before the new image is loaded, with the path it is given;
 * exec-success after, when execname is the new program's.  The first pair
 * is the workload's own start by -c.
 *
 * @@opts: -q
 * @@trigger: procwork exec /bin/true
 */

proc:::exec
/pid == $target/
{
	printf("exec %s (%s)\n", args[0], execname);
}

proc:::exec-success
/pid == $target/
{
	printf("exec-success %s\n", execname);
}

proc:::exec-failure
/pid == $target/
{
	printf("exec-failure %d\n", args[0]);
}
