# -s with a file that does not exist: "failed to open", the system's reason,
# exit status 1.
"$DTRACE" -s no-such-script.d
echo "exit status $?"
