# -lv of a kernel tracepoint: its arguments as the raw tracepoint passes
# them, typed from the kernel's BTF; profile probes have no typed arguments.
"$DTRACE" -lv -n sdt:sched::sched_process_exec | sed -E 's/^ *[0-9]+ /   ID /'
echo "exit status ${PIPESTATUS[0]}"
"$DTRACE" -lv -n profile:::tick-1s | sed -E 's/^ *[0-9]+ /   ID /'
