# self-> storage does not outlive its thread: 10,000 threads (64 at a
# time) each set self-> variables with strsize 4096, so a leak would hold
# over 40 MB.  The storage is charged to the memory cgroup of the dtrace
# that created it: its usage must rise while threads hold storage (so the
# measurement sees it) and come back to where it was once they are gone.
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
# the kernel frees a thread's storage after an RCU grace period
for i in $(seq 300); do
	u1=$(cat "$cg/$usage")
	[ $((u1 - u0)) -lt 8388608 ] && break
	[ -n "$VERBOSE" ] && echo "$i $((u1 - u0))" >&2
	sleep 0.1
done
echo "usage: before $u0, peak $p, after $u1" >&2
echo "after they ended, usage came back within 8 MB: $([ $((u1 - u0)) -lt 8388608 ] && echo yes || echo "no ($((u1 - u0)))")"
kill -INT "$dpid"; wait "$dpid"; dpid=
cat "$tmp/out"
