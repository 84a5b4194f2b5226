# -l -s lists the probes the script's clauses match, clause by clause,
# without enabling them; a script that does not compile is refused.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/l.d" <<'D'
syscall::getppid:entry, sdt:sched::sched_process_exec { trace(arg0); }
BEGIN { exit(0); }
D
"$DTRACE" -l -s "$tmp/l.d" | awk 'NR == 1 { print; next } { print $2, $3, $4, $5 }'
echo "exit status ${PIPESTATUS[0]}"
echo 'syscall::getppid:entry { trace(args[0]); }' > "$tmp/l.d"
(cd "$tmp" && "$DTRACE" -l -s l.d)
echo "exit status $?"
