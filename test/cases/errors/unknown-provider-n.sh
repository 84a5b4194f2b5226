# A provider that does not exist; a bare description (no action).
"$DTRACE" -n 'nosuchprovider:::BEGIN'
echo "exit status $?"
