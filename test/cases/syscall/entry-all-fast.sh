# Every syscall entry probe, counted for a second: one attachment on the
# sys_enter raw tracepoint, so attaching and detaching are quick and the
# whole run ends well within 1.5 seconds of wall time.  A machine too busy
# to time anything (load above its CPU count) skips.
start=$(date +%s%N)
"$DTRACE" -qn 'syscall:::entry { @[probefunc] = count(); } tick-1s { exit(0); }' > out.$$
status=$?
end=$(date +%s%N)
echo "exit status $status"
ms=$(( (end - start) / 1000000 ))
if [ "$ms" -ge 1500 ]; then
	load=$(cut -d' ' -f1 /proc/loadavg)
	if awk -v l="$load" -v n="$(nproc)" 'BEGIN { exit !(l > n) }'; then
		echo "took $ms ms on a busy machine (load $load): not timed" >&2
		exit 77
	fi
fi
[ "$ms" -lt 1500 ] && echo "within 1.5 s" || echo "took $ms ms"
[ -s out.$$ ] && echo "counted" || echo "nothing counted"
rm -f out.$$
