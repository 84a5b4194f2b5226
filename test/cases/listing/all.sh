# dtrace -l lists every provider's probes (every syscall, every kernel
# tracepoint) in a few milliseconds, with unique ascending IDs, the same
# IDs in every request of a run.  A machine too busy to time anything
# (load above its CPU count) skips.
start=$(date +%s%N)
"$DTRACE" -l > all.out
status=$?
end=$(date +%s%N)
echo "exit status $status"
ms=$(( (end - start) / 1000000 ))
if [ "$ms" -ge 500 ]; then
	load=$(cut -d' ' -f1 /proc/loadavg)
	if awk -v l="$load" -v n="$(nproc)" 'BEGIN { exit !(l > n) }'; then
		echo "took $ms ms on a busy machine (load $load): not timed" >&2
		rm -f all.out
		exit 77
	fi
fi
[ "$ms" -lt 500 ] && echo "fast" || echo "took $ms ms"
awk 'NR > 1 { n[$2]++ } END { for (p in n) print p, (n[p] > 100 ? "many" : n[p]) }' all.out | sort
awk 'NR > 1 { if ($1 <= last) bad++; last = $1 } END { print bad ? "IDs out of order" : "IDs ascending" }' all.out
"$DTRACE" -l -n sdt:sched::sched_switch -n sdt:sched::sched_switch | awk 'NR > 1 { print $1 }' | uniq | wc -l
rm -f all.out
