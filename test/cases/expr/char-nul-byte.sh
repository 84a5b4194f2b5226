# A character constant holding a NUL byte (a raw one, not the \0 escape):
# its value counts the byte, like any other.
printf "BEGIN { printf(\"%%d %%d %%d\\\\n\", '\\0', 'a\\0', '\\0a'); exit(0); }\n" > "${TMPDIR:-/tmp}/char-nul-byte.$$.d"
"$DTRACE" -qs "${TMPDIR:-/tmp}/char-nul-byte.$$.d"
echo "exit status $?"
rm -f "${TMPDIR:-/tmp}/char-nul-byte.$$.d"
