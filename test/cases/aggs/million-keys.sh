# An aggregation with 1,000,000 distinct keys is read, merged, sorted and
# printed in under 2 s: the CPU time dtrace spends (user and system) from
# the end of the workload to its own end -- detaching, END, reading,
# printing and tearing down -- so that a busy machine does not make it fail.
# @@timeout: 60
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.sh" "$tmp.out" "$tmp.times"' EXIT
# the workload's parent is this wrapper, whose parent is dtrace: note
# dtrace's CPU time (in clock ticks) once the workload is done
cat > "$tmp.sh" <<EOS
"$PROGS/getppid_n" 1000000
awk '{ print \$14 + \$15 }' /proc/\$PPID/stat > "$tmp"
EOS
tck=$(getconf CLK_TCK)
"$DTRACE" -x aggsize=16m -qn 'syscall::getppid:entry /ppid == $target/ { @[n++] = count(); }
	END { printf("%d keys\n", n); }' -c "bash $tmp.sh" > "$tmp.out" || exit 1
# the second line of times: the CPU time of this shell's children, dtrace
times > "$tmp.times"
cpu=$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$tmp.times")
head -1 "$tmp.out"
# the aggregation's rows: a blank line, then one row per key
echo "$(($(wc -l < "$tmp.out") - 2)) rows"
ms=$(awk -v total="$cpu" -v before="$(cat "$tmp")" -v tck="$tck" \
	'BEGIN { printf("%d", (total - before / tck) * 1000) }')
if [ "$ms" -ge 2000 ]; then
	echo "printing took $ms ms of CPU time" >&2
	exit 1
fi
echo "printed in under 2 s"
