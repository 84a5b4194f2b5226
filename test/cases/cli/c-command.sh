# -c runs a command (split at spaces into its arguments) and dtrace exits
# when it has exited, after END.  The command's output and dtrace's are both
# on stdout, in no fixed order: sorted here.
"$DTRACE" -q -c '/bin/echo hello from the command' -n 'BEGIN { printf("begin\n"); } END { printf("end\n"); }' | LC_ALL=C sort
echo "exit status ${PIPESTATUS[0]}"
