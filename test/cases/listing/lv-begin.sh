# -lv prints each probe's stability (the least stable of its provider's
# and of each field it names) and its argument types; BEGIN has none.
"$DTRACE" -lv -n BEGIN
echo "exit status $?"
