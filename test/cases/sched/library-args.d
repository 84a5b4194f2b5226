/*
 * A program that names nothing of the D library but uses translated
 * arguments gets the library compiled while it is checked; the macro
 * argument it used before then still counts as used (no "extraneous
 * argument" error).
 *
 * @@opts: -q
 * @@args: sleeper
 * @@trigger: sleeper 0.1
 */

sched:::off-cpu
/execname == $$1 && pid == $target/
{
	printf("%s leaves the CPU to another process: %d\n", execname, args[1]->pr_pid != pid);
	exit(0);
}
