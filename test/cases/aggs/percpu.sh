# -x aggpercpu prints each CPU's value under the total, "    [CPU N]" and
# the value, for every possible CPU.  BEGIN runs on the CPU dtrace runs on,
# so with dtrace bound to CPU 0 every other CPU's value is zero.
command -v taskset >/dev/null || { echo "no taskset" >&2; exit 77; }
ncpus=$(awk -F- '{ print ($2 == "" ? $1 : $2) + 1 }' /sys/devices/system/cpu/possible)
out=$(taskset -c 0 "$DTRACE" -x aggpercpu -qn 'BEGIN { @c = count(); @c = count(); @s["k"] = sum(5); @m = max(7); exit(0); }') || exit 1
expect=$(
	printf '\n'
	printf ' %16d' 2; for ((c = 0; c < ncpus; c++)); do printf '\n    [CPU %d] %16d' $c $((c == 0 ? 2 : 0)); done; printf '\n'
	printf '  %-50s %16d' k 5; for ((c = 0; c < ncpus; c++)); do printf '\n    [CPU %d] %16d' $c $((c == 0 ? 5 : 0)); done; printf '\n'
	printf ' %16d' 7; for ((c = 0; c < ncpus; c++)); do printf '\n    [CPU %d] %16d' $c $((c == 0 ? 7 : 0)); done; printf '\n'
)
if [ "$out" != "$expect" ]; then
	echo "expected:"; echo "$expect"; echo "got:"; echo "$out"
	exit 1
fi
echo ok
