# Errors on sched probes: an argument a probe does not have, a member its
# translated type lacks, and args[] of probes that do not agree on it.
"$DTRACE" -n 'sched:::wakeup { trace(args[2]); }'
echo "exit status $?"
"$DTRACE" -n 'sched:::on-cpu { trace(args[0]); }'
echo "exit status $?"
"$DTRACE" -n 'sched:::off-cpu { trace(args[0]->pr_nosuch); }'
echo "exit status $?"
"$DTRACE" -n 'sched:::enqueue, sched:::change-pri { trace(args[2]); }'
echo "exit status $?"
