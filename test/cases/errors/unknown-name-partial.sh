# A description with only a name: the missing fields are printed empty.
"$DTRACE" -n 'nosuchname { exit(0); }'
echo "exit status $?"
