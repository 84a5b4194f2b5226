# -l for a system call: one entry and one return probe, in the columns of
# the -l format (the IDs and the module depend on the system).
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$DTRACE" -l -n 'syscall::getppid:' > "$tmp/out"
echo "exit status $?"
head -n 1 "$tmp/out"
tail -n +2 "$tmp/out" | while IFS= read -r l; do
	id=${l:0:5}
	prov=${l:6:10}
	func=${l:35:33}
	name=${l:69}
	[[ $id =~ ^\ *[0-9]+$ ]] || echo "bad ID column: '$l'"
	echo "${prov// /} ${func// /} $name"
done | sort
