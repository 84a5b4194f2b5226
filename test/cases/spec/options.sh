# The speculation options: nspec must be a number (at most 1024 here),
# specsize a size, cleanrate a rate; bad values are refused as DTrace
# refuses them.
for opt in nspec=abc nspec=5000 specsize=12q cleanrate=fast; do
	"$DTRACE" -x "$opt" -n 'BEGIN { exit(0); }' 2>&1
	echo "exit status $?"
done
# good values: a size with a suffix, a rate in hertz or as a period
"$DTRACE" -q -x nspec=2 -x specsize=1k -x cleanrate=50hz -n 'BEGIN { printf("%d %d\n", speculation(), speculation()); exit(0); }' 2>&1
echo "exit status $?"
"$DTRACE" -q -x cleanrate=10ms -n 'BEGIN { printf("%d\n", speculation()); exit(0); }' 2>&1
echo "exit status $?"
