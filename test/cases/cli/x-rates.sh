# Rate options take nanoseconds, a period with a unit, or a frequency in
# hz; anything else is refused.  The consumer is driven by events, so the
# rates only bound how often it would otherwise wake: tracing is the same.
for v in aggrate=10hz switchrate=100ms statusrate=1s aggrate=500000000 switchrate=2SEC; do
	"$DTRACE" -x "$v" -qn 'BEGIN { printf("ok\n"); exit(0); }'
	echo "$v: exit status $?"
done
"$DTRACE" -x aggrate=10xx -n 'BEGIN { exit(0); }'
echo "exit status $?"
"$DTRACE" -x switchrate=fast -n 'BEGIN { exit(0); }'
echo "exit status $?"
