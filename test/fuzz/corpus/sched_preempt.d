	/*
 * Two threads of the target spin on CPU 0: the scheduler preempts each
 * in turn (preempt, in the context of the thread losing the CPU, which
 * stays runnable), and clock ticks interrupt them (tick).
 *
 * @@opts: -q
 * @@trigger: spinpair 200
 */

sched:::preempt
/pid == $target && execname == "spinpair"/
{
	preempted++;
	bad += curlwpsinfo->pr_sname != 'O';
}

sched:::tick
/pid == $target && execname == "spinpair"/
{
	ticks++;
	/* once the threads preempt each other they are bound to CPU 0 */
	bad += preempted > 0 && cpu != 0;
}

END
{
	printf("preempt %s\n", preempted > 0 ? "fired" : "did not fire");
	printf("tick %s\n", ticks > 0 ? "fired" : "did not fire");
	printf("wrong context %d\n", bad);
}
