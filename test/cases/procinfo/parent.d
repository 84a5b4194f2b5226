/*
 * The translators take any task: xlate<psinfo_t *> of the parent of the
 * -c workload names dtrace itself; arguments are read from the current
 * process only, so another process's pr_psargs is its name.
 *
 * @@trigger: getppid_n 1
 */
#pragma D option quiet
syscall::getppid:entry /pid == $target/
{
	printf("%s %s %d\n", xlate <psinfo_t *> (curthread->real_parent)->pr_fname,
	    xlate <psinfo_t *> (curthread->real_parent)->pr_psargs,
	    xlate <lwpsinfo_t *> (curthread->real_parent)->pr_lwpid == ppid);
}
