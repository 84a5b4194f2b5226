# A program the kernel's verifier rejects (60 comparisons of 4096-byte
# strings exceed its 1M-instruction budget) gets one DTrace-style line,
# not the verifier's log, and exit status 1.
# @@timeout: 60
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
{
	echo 'BEGIN { a = execname; b = probename; n = 0;'
	i=0
	while [ $i -lt 60 ]; do echo '	n += a == b;'; i=$((i + 1)); done
	echo '	exit(0); }'
} > "$tmp/big.d"
"$DTRACE" -x strsize=4096 -qs "$tmp/big.d" > "$tmp/out" 2>&1
echo "exit status $?"
sed 's/processed [0-9]* insns.*(-xbpflog/processed N insns ... (-xbpflog/' "$tmp/out"
