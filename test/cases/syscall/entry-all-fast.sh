# Every syscall entry probe, counted for a second: one attachment on the
# sys_enter raw tracepoint, so attaching and detaching are quick and the
# whole run ends well within 1.5 seconds of wall time.
start=$(date +%s%N)
"$DTRACE" -qn 'syscall:::entry { @[probefunc] = count(); } tick-1s { exit(0); }' > out.$$
status=$?
end=$(date +%s%N)
echo "exit status $status"
ms=$(( (end - start) / 1000000 ))
[ "$ms" -lt 1500 ] && echo "within 1.5 s" || echo "took $ms ms"
[ -s out.$$ ] && echo "counted" || echo "nothing counted"
rm -f out.$$
