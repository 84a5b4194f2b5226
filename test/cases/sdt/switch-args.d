/*
 * sched_switch: args[1] is the task switched out, args[2] the one
 * switched in, args[3] the state the first leaves in (not running: it
 * sleeps).
 *
 * @@opts: -q
 * @@trigger: sleeper 0.2
 */

sdt:sched::sched_switch
/args[1]->pid == $target && args[3] != 0/
{
	printf("%s %d %d\n", stringof(args[1]->comm), args[2]->pid != $target, args[0] == 0);
	exit(0);
}
