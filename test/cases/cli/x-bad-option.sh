# -x with an unknown option name fails with exit status 1.
"$DTRACE" -x nosuchoption -n 'BEGIN { exit(0); }'
echo "exit status $?"
