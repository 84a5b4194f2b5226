/*
 * The target's main thread holds a priority-inheritance mutex wanted by a
 * thread at nice -5: it is lent priority 115 and given back its own, 120
 * (Linux's scale, as pr_pri).  args[0]'s pr_pri is still the old one.
 *
 * @@opts: -q
 * @@trigger: pilock
 */

sched:::change-pri
/args[1]->pr_pid == $target/
{
	printf("%s lwp %s: %d -> %d\n", args[1]->pr_fname,
	    args[0]->pr_lwpid == $target ? "main" : "other", args[0]->pr_pri, args[2]);
}
