# $uid, $gid, $euid, $egid are those of the dtrace process.
out=$("$DTRACE" -qn 'BEGIN { printf("%d %d %d %d", $uid, $gid, $euid, $egid); exit(0); }')
want="$(id -ru) $(id -rg) $(id -u) $(id -g)"
[ "$out" = "$want" ] && echo "ids match" || echo "got '$out', want '$want'"
