# -l with a full probe description lists just that probe.
"$DTRACE" -l -n 'dtrace:::BEGIN'
echo "exit status $?"
