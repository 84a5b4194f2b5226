# trace() of a void expression in a -n program: D_TRACE_VOID, found when
# code is generated, so no region.
"$DTRACE" -xerrtags -n 'BEGIN { trace((void)0); }'
echo "exit status $?"
