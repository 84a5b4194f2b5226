# printa() ten times a second (aggrate=10hz) of a 10,000-key aggregation
# keeps up: every tick prints every row, nothing is dropped, and the run
# ends on time.
# @@timeout: 30
out=$(mktemp)
trap 'rm -f "$out" "$out.err" "$out.sh"' EXIT
printf '"%s" 10000\nsleep 10\n' "$PROGS/getppid_n" > "$out.sh"
start=$(date +%s%N)
"$DTRACE" -x aggrate=10hz -qn '
	syscall::getppid:entry /ppid == $target/ { @[n++] = count(); }
	tick-100ms /n == 10000/ { printa("%d %@d\n", @); printf("--\n"); ticks++; }
	tick-100ms /ticks == 30/ { exit(0); }' -c "bash $out.sh" > "$out" 2> "$out.err" || exit 1
end=$(date +%s%N)
cat "$out.err"
blocks=$(grep -c '^--$' "$out")
rows=$(grep -vc -e '^--$' -e '^$' "$out")
echo "$blocks printa() calls"
[ "$rows" -eq $((blocks * 10000)) ] && echo "each printed 10000 rows"
ms=$(( (end - start) / 1000000 ))
[ "$ms" -lt 6000 ] && echo "on time" || echo "took $ms ms"
