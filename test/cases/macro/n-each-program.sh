# Each -n program is compiled on its own and must use the last argument.
"$DTRACE" -qn 'BEGIN { printf("%d\n", $1); }' -n 'BEGIN { exit(0); }' 3
echo "exit status $?"
"$DTRACE" -qn 'BEGIN { printf("%d\n", $1); }' -n 'BEGIN { exit($1 - 3); }' 3
echo "exit status $?"
