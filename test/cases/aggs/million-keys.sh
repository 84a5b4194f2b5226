# An aggregation with 1,000,000 distinct keys is read, merged, sorted and
# printed (to /dev/null) in under 2 s: measured from the end of the workload
# to the end of dtrace, so detaching, END and tearing down count too.
# @@timeout: 60
stamp=$(mktemp)
trap 'rm -f "$stamp" "$stamp.sh" "$stamp.out"' EXIT
cat > "$stamp.sh" <<EOS
"$PROGS/getppid_n" 1000000
date +%s%N > "$stamp"
EOS
start=$(date +%s%N)
"$DTRACE" -x aggsize=16m -qn 'syscall::getppid:entry /execname == "getppid_n"/ { @[n++] = count(); }
	END { printf("%d keys\n", n); }' -c "bash $stamp.sh" > "$stamp.out" || exit 1
end=$(date +%s%N)
head -1 "$stamp.out"
# the aggregation's rows: a blank line, then one row per key
rows=$(($(wc -l < "$stamp.out") - 2))
echo "$rows rows"
rm -f "$stamp.out"
ms=$(( (end - $(cat "$stamp")) / 1000000 ))
if [ "$ms" -ge 2000 ]; then
	echo "printing took $ms ms" >&2
	exit 1
fi
echo "printed in under 2 s"
