# self-> storage does not outlive its thread: 10,000 threads (64 at a
# time) each set self-> variables with strsize 4096, so a leak would hold
# over 40 MB.  The storage is charged to the memory cgroup of the dtrace
# that created it: its usage must rise while threads hold storage (so the
# measurement sees it) but never towards what all of them would hold.
#
# @@timeout: 60
cgv1=/sys/fs/cgroup/memory
if [ -f "$cgv1/memory.usage_in_bytes" ]; then
	cg=$cgv1/dtrace-test-$$
	usage=memory.usage_in_bytes peak=memory.max_usage_in_bytes
elif [ -f /sys/fs/cgroup/cgroup.controllers ] && grep -qw memory /sys/fs/cgroup/cgroup.controllers; then
	cg=/sys/fs/cgroup/dtrace-test-$$
	usage=memory.current peak=memory.peak
else
	echo "no memory cgroup to measure with" >&2
	exit 77
fi
mkdir "$cg" || exit 1
tmp=$(mktemp -d) || exit 1
cleanup() {
	[ -n "$dpid" ] && kill -INT "$dpid" 2> /dev/null && wait "$dpid"
	rmdir "$cg"
	rm -rf "$tmp"
}
trap cleanup EXIT

cat > "$tmp/self.d" <<'D'
#pragma D option quiet
#pragma D option strsize=4096
BEGIN { printf("ready\n"); }
syscall::getppid:entry /execname == "threads"/ { self->s = execname; self->n++; }
syscall::exit_group:entry /execname == "threads"/ { printf("calls traced\n"); }
D
(echo $BASHPID > "$cg/cgroup.procs" && exec "$DTRACE" -s "$tmp/self.d" > "$tmp/out") &
dpid=$!
wait_for() {
	for _ in $(seq 100); do grep -q "$1" "$tmp/out" 2> /dev/null && return 0; sleep 0.1; done
	return 1
}
wait_for ready || { echo "dtrace did not start"; exit 1; }
sleep 0.2
u0=$(cat "$cg/$usage")
echo 0 > "$cg/$peak" 2> /dev/null
"$PROGS/threads" 10000 1 64
wait_for calls || { echo "the workload was not traced"; exit 1; }
p=$(cat "$cg/$peak")
echo "while threads ran, usage rose over 256 KB: $([ $((p - u0)) -gt 262144 ] && echo yes || echo "no ($((p - u0)))")"
# Had the storage of ended threads not been freed, all 10,000 would be
# charged at once: over 40 MB.  Threads end 64 at a time, so at its peak the
# usage holds a few batches' worth (the kernel frees storage after an RCU
# grace period).
leak=$((10000 * 4096))
echo "at its peak, usage held under half of all the threads' storage: $([ $((p - u0)) -lt $((leak / 2)) ] && echo yes || echo "no ($((p - u0)))")"
echo "usage: before $u0, peak $p, after $(cat "$cg/$usage")" >&2
kill -INT "$dpid"; wait "$dpid"; dpid=
cat "$tmp/out"
