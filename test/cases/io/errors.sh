# io errors: wait-start and wait-done do not exist on Linux (no tracepoint
# marks a thread's wait for a buffer), a fourth argument, a member the
# translated type lacks.
"$DTRACE" -n 'io:::wait-start { trace(timestamp); }'
echo "exit status $?"
"$DTRACE" -n 'io:::wait-done { trace(timestamp); }'
echo "exit status $?"
"$DTRACE" -n 'io:::start { trace(args[3]); }'
echo "exit status $?"
"$DTRACE" -n 'io:::done { trace(args[1]->dev_nosuch); }'
echo "exit status $?"
