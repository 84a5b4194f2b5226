# Several -n options: one "matched" notice each, in order; a bare probe
# description (no action) takes the default action.
taskset -c 0 "$DTRACE" -n BEGIN -n 'dtrace:::BEGIN/1/{ exit(0); }'
echo "exit status $?"
