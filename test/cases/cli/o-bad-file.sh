# -o naming a file that cannot be created: an error after the compile, exit
# status 1 and no crash when the run is cleaned up.
"$DTRACE" -o /nonexistent/dir/out -n 'BEGIN { exit(0); }'
echo "exit status $?"
