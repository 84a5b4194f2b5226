# -p with something that is not a number.
"$DTRACE" -p notapid -n 'BEGIN { exit(0); }'
echo "exit status $?"
