# Mistakes with proc probes' arguments: an index beyond the probe's, probes
# that do not agree on an argument's type, a member psinfo_t does not have,
# a translated argument used without a member, and a store to args[].
"$DTRACE" -n 'proc:::exec { trace(args[1]); }'
echo "exit status $?"
"$DTRACE" -n 'proc:::signal-send, proc:::signal-handle { trace(args[2]); }'
echo "exit status $?"
"$DTRACE" -n 'proc:::signal-* { trace(args[0]); }'
echo "exit status $?"
"$DTRACE" -n 'proc:::create { trace(args[0]->nosuch); }'
echo "exit status $?"
"$DTRACE" -n 'proc:::create { trace(args[0]); }'
echo "exit status $?"
"$DTRACE" -n 'proc:::exit { args[0] = 2; }'
echo "exit status $?"
"$DTRACE" -n 'proc:::nosuch { }'
echo "exit status $?"
