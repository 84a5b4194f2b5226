# dtrace -lv -P sched: DTrace's probe names with their typed arguments
# (the thread and process translated from the kernel's task, the CPU of
# the run queue, the new priority); on-cpu, sleep, preempt, remain-cpu and
# tick have none.
"$DTRACE" -lv -P sched | sed -E 's/^ *[0-9]+ /   ID /'
echo "exit status ${PIPESTATUS[0]}"
