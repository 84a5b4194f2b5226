# An aggregation with 1,000,000 distinct keys is read, merged, sorted and
# printed in under 2 s: the time from the end of the workload to the end of
# dtrace (detaching, END, reading, sorting, printing, tearing down).  A
# machine too busy to time anything (load above its CPU count) skips.
# @@timeout: 60
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.sh" "$tmp.out"' EXIT
cat > "$tmp.sh" <<EOS
"$PROGS/getppid_n" 1000000
date +%s%N > "$tmp"
EOS
"$DTRACE" -x aggsize=16m -qn 'syscall::getppid:entry /ppid == $target/ { @[n++] = count(); }
	END { printf("%d keys\n", n); }' -c "bash $tmp.sh" > "$tmp.out" || exit 1
end=$(date +%s%N)
head -1 "$tmp.out"
# the aggregation's rows: a blank line, then one row per key
echo "$(($(wc -l < "$tmp.out") - 2)) rows"
ms=$(( (end - $(cat "$tmp")) / 1000000 ))
if [ "$ms" -ge 2000 ]; then
	load=$(cut -d' ' -f1 /proc/loadavg)
	if awk -v l="$load" -v n="$(nproc)" 'BEGIN { exit !(l > n) }'; then
		echo "took $ms ms on a busy machine (load $load): not timed" >&2
		exit 77
	fi
	echo "printing took $ms ms" >&2
	exit 1
fi
echo "printed in under 2 s"
