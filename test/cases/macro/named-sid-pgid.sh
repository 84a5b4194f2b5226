# $sid and $pgid: the session and process group dtrace runs in (the
# shell's, as this script does not use job control).
out=$("$DTRACE" -qn 'BEGIN { printf("%d %d", $sid, $pgid); exit(0); }')
read -r _ _ _ _ pgid sid _ < /proc/$$/stat
[ "$out" = "$sid $pgid" ] && echo "sid and pgid match" || echo "got '$out', want '$sid $pgid'"
