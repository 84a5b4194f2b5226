# The stackframes option takes a positive number, from -x or a pragma;
# anything else is refused before tracing starts (exit status 1).
"$DTRACE" -x stackframes=0 -n 'BEGIN { stack(); exit(0); }'
echo "exit status $?"
"$DTRACE" -n '#pragma D option stackframes=many
BEGIN { stack(); exit(0); }'
echo "exit status $?"
