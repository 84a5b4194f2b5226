# func()/sym() keys are grouped by function and mod() keys by module, the
# values merged (each CPU's too with -x aggpercpu); an address at a symbol
# prints without an offset with %a.  The address of vfs_read comes from
# /proc/kallsyms, as a macro argument.  BEGIN runs on the CPU dtrace runs on.
command -v taskset >/dev/null || { echo "no taskset" >&2; exit 77; }
addr=0x$(awk '$3 == "vfs_read" { print $1; exit }' /proc/kallsyms)
[ "$addr" != 0x ] && [ "$addr" != 0x0000000000000000 ] || { echo "no vfs_read in kallsyms" >&2; exit 77; }
ncpus=$(awk -F- '{ print ($2 == "" ? $1 : $2) + 1 }' /sys/devices/system/cpu/possible)
out=$(taskset -c 0 "$DTRACE" -x aggpercpu -qn 'BEGIN {
	@f[func($1)] = count(); @f[func($1 + 1)] = count(); @f[sym($1 + 2)] = count();
	@m[mod($1)] = sum(1); @m[mod($1 + 4)] = sum(2);
	printf("%a %a\n", $1, $1 + 17);
	exit(0);
}' "$addr") || exit 1
expect=$(
	printf 'vmlinux`vfs_read vmlinux`vfs_read+0x11\n\n'
	printf '  %-50s %16d' 'vmlinux`vfs_read' 3; for ((c = 0; c < ncpus; c++)); do printf '\n    [CPU %d] %16d' $c $((c == 0 ? 3 : 0)); done; printf '\n'
	printf '  %-50s %16d' vmlinux 3; for ((c = 0; c < ncpus; c++)); do printf '\n    [CPU %d] %16d' $c $((c == 0 ? 3 : 0)); done; printf '\n'
)
if [ "$out" != "$expect" ]; then
	echo "expected:"; echo "$expect"; echo "got:"; echo "$out"
	exit 1
fi
echo ok
