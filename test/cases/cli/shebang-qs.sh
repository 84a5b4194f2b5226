# An executable D script starting with "#!<dtrace> -qs" runs as a program.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
printf '#!%s -qs\n\nBEGIN\n{\n\tprintf("from a #! script\\n");\n\texit(0);\n}\n' "$DTRACE" > "$tmp/script.d"
chmod +x "$tmp/script.d"
"$tmp/script.d"
echo "exit status $?"
