	/*
 * Thread-local associative arrays hold strings too, and a self-> array and
 * a global array of the same name are different variables.
 *
 * @@opts: -q
 * @@trigger: getppid_n 2
 */
syscall::getppid:entry
/pid == $target/
{
	self->last["name"] = strjoin(execname, "!");
	last["name"] = "global";
	printf("%s %s\n", self->last["name"], last["name"]);
}
