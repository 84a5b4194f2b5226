# dtrace -lv -P io: start and done, with DTrace's buffer, device and file
# arguments translated from the block layer's request.
"$DTRACE" -lv -P io | sed -E 's/^ *[0-9]+ /   ID /'
echo "exit status ${PIPESTATUS[0]}"
