exit status 1
exit status 1
exit status 1
exit status 1
-- @@stderr --
dtrace: invalid probe specifier sched:::wakeup { trace(args[2]); }: in action list: index 2 is out of range for sched:::wakeup args[ ]
dtrace: invalid probe specifier sched:::on-cpu { trace(args[0]); }: in action list: index 0 is out of range for sched:::on-cpu args[ ]
dtrace: invalid probe specifier sched:::off-cpu { trace(args[0]->pr_nosuch); }: in action list: pr_nosuch is not a member of lwpsinfo_t
dtrace: invalid probe specifier sched:::enqueue, sched:::change-pri { trace(args[2]); }: in action list: args[ ] may not be referenced because probe description sched:::change-pri matches an unstable set of probes
