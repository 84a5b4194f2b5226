# -P, -m, -f, -n and -i with globs: each request lists what it matches,
# under one header (the set of sched tracepoints depends on the kernel:
# only their module is checked, and that exec is among them).
"$DTRACE" -l -P 'dtrac?' -n 'syscall::getppi[d]:' -n 'sdt::*:sched_process_e[x]e*' |
	awk 'NR == 1 { print; next } { print $2, $3, $4, $5 }'
echo "exit status ${PIPESTATUS[0]}"
"$DTRACE" -l -m 'sdt:sche*' -f 'sdt:sched:' | awk 'NR > 1 { print $2, $3 }' | sort | uniq -c |
	awk '{ print ($1 > 20 && $1 % 2 == 0) ? "many, twice" : $1, $2, $3 }'
"$DTRACE" -l -m 'sdt:sched' | grep -c ' sched_process_exec$'
id=$("$DTRACE" -l -n sdt:sched::sched_switch | awk 'NR == 2 { print $1 }')
"$DTRACE" -l -i "$id" | awk 'NR == 2 { print $2, $3, $4 }'
