# -lv of the proc provider: DTrace's probe names and argument types
# (translated types where the argument is a task, string for exec's path).
"$DTRACE" -lv -P proc | sed -E 's/^ *[0-9]+ /   ID /'
echo "exit status ${PIPESTATUS[0]}"
