# args[] errors, as DTrace words them: an index beyond the probe's
# arguments, a subscript that is not an integer constant, two subscripts, probes that do
# not agree on an argument's type, args[] outside a clause, a member the
# type does not have, and args[] as an assignment's target.
"$DTRACE" -n 'sdt:sched::sched_process_exec { trace(args[3]); }'
echo "exit status $?"
"$DTRACE" -n 'sdt:sched::sched_process_exec { trace(args[arg0]); }'
echo "exit status $?"
"$DTRACE" -n 'sdt:sched::sched_process_exec { trace(args[0, 1]); }'
echo "exit status $?"
"$DTRACE" -n 'sdt:sched::sched_process_exec, sdt:sched::sched_switch { trace(args[1]); }'
echo "exit status $?"
"$DTRACE" -n 'syscall::read*:entry { trace(args[0]); }'
echo "exit status $?"
"$DTRACE" -n 'BEGIN { trace(args[0]); }'
echo "exit status $?"
"$DTRACE" -n 'inline int x = args[0]; BEGIN { trace(x); }'
echo "exit status $?"
"$DTRACE" -n 'sdt:sched::sched_process_exec { trace(args[0]->nosuch); }'
echo "exit status $?"
"$DTRACE" -n 'sdt:sched::sched_process_exec { args[1] = 2; }'
echo "exit status $?"
