sched_process_exec spin 1
sched_process_exit spin 1

