# In BEGIN, pid is the pid of the dtrace process itself.
# @@timeout: 15
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$DTRACE" -qn 'BEGIN { printf("%d\n", pid); exit(0); }' > "$tmp/out" &
p=$!
wait $p
echo "exit status $?"
read -r printed < "$tmp/out"
if [ "$printed" = "$p" ]; then
	echo "pid is the dtrace process"
else
	echo "pid printed: $printed, dtrace process: $p"
fi
