# While another tracer shares the raw_syscalls tracepoint, the kernel calls
# the programs through the tracepoint's iterator: that frame is not shown,
# so the stack is the same as when dtrace is alone, and stacks that differ
# only there are one aggregation key.
tmp=$(mktemp -d) || exit 1
"$DTRACE" -qn 'syscall::read:entry /0/ { } BEGIN { printf("ready\n"); }' > "$tmp/other" 2>&1 &
other=$!
trap 'kill $other 2>/dev/null; wait $other 2>/dev/null; rm -rf "$tmp"' EXIT
for i in $(seq 100); do
	grep -q ready "$tmp/other" && break
	sleep 0.05
done
"$DTRACE" -qn 'syscall::getppid:entry /pid == $target/ { stack(1); @[stack(2)] = count(); }' \
	-c "$PROGS/getppid_n 2" | sed -E 's/\+0x[0-9a-f]+$/+0xOFF/'
echo "exit status ${PIPESTATUS[0]}"
