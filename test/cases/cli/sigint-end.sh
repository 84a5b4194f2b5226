# SIGINT stops tracing: END runs, dtrace exits 0.  (Job control is on so
# that the background dtrace does not start with SIGINT ignored.)  Empty
# lines are dropped: where dtrace adds a newline on interrupt is cosmetic.
# @@timeout: 30
set -m
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/out"
"$DTRACE" -q -n 'BEGIN { printf("begin\n"); } END { printf("end\n"); }' > "$tmp/out" 2> "$tmp/err" &
pid=$!
for _ in $(seq 1 200); do
	grep -q begin "$tmp/out" && break
	sleep 0.1
done
kill -INT $pid
wait $pid
echo "exit status $?"
grep -v '^$' "$tmp/out"
cat "$tmp/err" >&2
