exit status 1
exit status 1
exit status 1
exit status 1
exit status 1
exit status 1
exit status 1
exit status 1
exit status 1
-- @@stderr --
dtrace: invalid probe specifier sdt:sched::sched_process_exec { trace(args[3]); }: in action list: index 3 is out of range for sdt:sched::sched_process_exec args[ ]
dtrace: invalid probe specifier sdt:sched::sched_process_exec { trace(args[arg0]); }: in action list: args[ ] argument #1 is incompatible with prototype:
	prototype: integer constant
	 argument: long
dtrace: invalid probe specifier sdt:sched::sched_process_exec { trace(args[0, 1]); }: in action list: args[ ] prototype mismatch: 2 args passed, 1 expected
dtrace: invalid probe specifier sdt:sched::sched_process_exec, sdt:sched::sched_switch { trace(args[1]); }: in action list: args[ ] may not be referenced because probe description sdt:sched::sched_switch matches an unstable set of probes
dtrace: invalid probe specifier syscall::read*:entry { trace(args[0]); }: in action list: args[ ] may not be referenced because probe description syscall::read*:entry matches an unstable set of probes
dtrace: invalid probe specifier BEGIN { trace(args[0]); }: in action list: index 0 is out of range for :::BEGIN args[ ]
dtrace: invalid probe specifier inline int x = args[0]; BEGIN { trace(x); }: args[ ] may not be referenced outside of a probe clause
dtrace: invalid probe specifier sdt:sched::sched_process_exec { trace(args[0]->nosuch); }: in action list: nosuch is not a member of struct task_struct
dtrace: invalid probe specifier sdt:sched::sched_process_exec { args[1] = 2; }: in action list: operator = can only be applied to a writable variable
