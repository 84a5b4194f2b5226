# A later program (another -n) cannot widen the string keys of an
# aggregation an earlier one already made code for: a clear error.
"$DTRACE" -qn 'BEGIN { @[execname] = count(); }' \
    -n 'BEGIN { @["a much longer string than sixteen bytes"] = count(); exit(0); }'
echo "exit status $?"
