# A probe description with five fields: D_PDESC_INVAL, "Overspecified
# probe description".
"$DTRACE" -xerrtags -n 'a:b:c:d:e { exit(0); }'
echo "exit status $?"
