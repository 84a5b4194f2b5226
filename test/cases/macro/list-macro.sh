# Probe descriptions given to -l may use macro arguments.
"$DTRACE" -l -n 'dtrace:::$1' BEGIN
echo "exit status $?"
