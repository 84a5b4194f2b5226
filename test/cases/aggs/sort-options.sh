# Records print by value then key; -x aggsortkey sorts by key alone and
# -x aggsortrev reverses the order.
prog='BEGIN { @["b"] = sum(1); @["a"] = sum(3); @["c"] = sum(2); exit(0); }'
"$DTRACE" -qn "$prog"
"$DTRACE" -x aggsortkey -qn "$prog"
"$DTRACE" -x aggsortrev -qn "$prog"
"$DTRACE" -x aggsortkey -x aggsortrev -qn "$prog"
