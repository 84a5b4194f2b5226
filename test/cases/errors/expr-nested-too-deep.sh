# An expression nested deeper than the compiler walks (here a sum of
# 100,000 terms, a left-leaning tree that deep) is a compile error, not a
# stack overflow; 900 levels still compile.
f=${TMPDIR:-/tmp}/expr-nested-too-deep.$$.d
awk 'BEGIN { printf("BEGIN { x = 1; y = x"); for (i = 0; i < 100000; i++) printf(" + x"); print "; exit(0); }" }' > "$f"
"$DTRACE" -e -s "$f" 2>&1 | sed "s|$f|SCRIPT|"
echo "exit status ${PIPESTATUS[0]}"
awk 'BEGIN { printf("BEGIN { x = 1; y = x"); for (i = 0; i < 900; i++) printf(" + x"); print "; exit(0); }" }' > "$f"
"$DTRACE" -e -s "$f"
echo "exit status $?"
rm -f "$f"
