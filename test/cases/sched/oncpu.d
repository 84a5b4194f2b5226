/*
 * on-cpu fires in the context of the thread that got the CPU, off-cpu and
 * sleep in that of the thread leaving it; off-cpu's args[] describe the
 * thread about to run (never the one leaving).  The target runs after its
 * exec as "sleeper" and blocks in nanosleep().
 *
 * @@opts: -q
 * @@trigger: sleeper 0.2
 */

sched:::on-cpu
/pid == $target && execname == "sleeper"/
{
	on++;
	bad += curlwpsinfo->pr_lwpid != tid;
	bad += curpsinfo->pr_pid != $target;
}

sched:::off-cpu
/pid == $target && execname == "sleeper"/
{
	off++;
	bad += args[0]->pr_lwpid == tid;
	bad += args[1]->pr_pid == $target;
	bad += args[0]->pr_addr != args[1]->pr_addr;
}

sched:::sleep
/pid == $target && execname == "sleeper"/
{
	slept++;
}

END
{
	printf("on-cpu %s\n", on > 0 ? "fired" : "did not fire");
	printf("off-cpu %s\n", off > 0 ? "fired" : "did not fire");
	printf("sleep %s\n", slept > 0 ? "fired" : "did not fire");
	printf("wrong arguments %d\n", bad);
}
