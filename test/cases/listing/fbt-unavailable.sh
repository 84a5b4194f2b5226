# Without kprobes (detected: the kprobe PMU, tracefs's kprobe_events) and
# fentry (this kernel refuses fentry programs), fbt has no probes: listing
# them and enabling one fail with the reason, exit 1; a glob that happens
# to match fbt adds no reason.
if [ -e /sys/bus/event_source/devices/kprobe ] || [ -e /sys/kernel/tracing/kprobe_events ]; then
	echo "this kernel has kprobes" >&2
	exit 77
fi
if "$DTRACE" -l -P fbt 2>&1 | grep -q 'not supported by this version'; then
	echo "this kernel allows fentry" >&2
	exit 77
fi
"$DTRACE" -l -P fbt
echo "exit status $?"
"$DTRACE" -n 'fbt::vfs_read:entry { trace(arg0); }'
echo "exit status $?"
"$DTRACE" -qs /dev/stdin <<'D'
BEGIN { exit(0); }
fbt:::entry { n++; }
D
echo "exit status $?"
"$DTRACE" -n '*:::no-such-probe'
echo "exit status $?"
"$DTRACE" -Z -qn 'fbt:::entry { n++; } BEGIN { printf("-Z: %d\n", n); exit(0); }'
echo "exit status $?"
