# -l lists the matching probes as "%5d %10s %17s %33s %s" (ID, provider,
# module, function, name) under a header; the dtrace provider's probes are
# BEGIN, END and ERROR with IDs 1, 2 and 3.
"$DTRACE" -l -n 'dtrace:::'
echo "exit status $?"
