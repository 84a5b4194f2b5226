/*
 * The target's main thread is woken five times by its other thread
 * (wakeup fires in the waker's context, args[] are the woken thread);
 * each wakeup enqueues it on a CPU's run queue and it is dequeued from
 * the queue of the CPU that then runs it.
 *
 * @@opts: -q
 * @@trigger: wakeme 5
 */

sched:::wakeup
/args[0]->pr_lwpid == $target/
{
	woken++;
	byother += pid == $target && tid != $target;
	bad += args[1]->pr_pid != $target;
}

sched:::enqueue
/args[0]->pr_lwpid == $target/
{
	enq++;
	bad += args[2]->cpu_id < 0;
	bad += args[1]->pr_pid != $target;
}

sched:::dequeue
/args[0]->pr_lwpid == $target/
{
	deq++;
	bad += args[2]->cpu_id != cpu;
}

END
{
	printf("woken %s\n", woken >= 5 ? "at least 5 times" : "fewer than 5 times");
	printf("by the other thread %s\n", byother >= 5 ? "at least 5 times" : "fewer than 5 times");
	printf("enqueued %s\n", enq >= 5 ? "at least 5 times" : "fewer than 5 times");
	printf("dequeued %s\n", deq >= 5 ? "at least 5 times" : "fewer than 5 times");
	printf("wrong arguments %d\n", bad);
}
