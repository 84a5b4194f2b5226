# %Y and %T print nanoseconds since the epoch as local time (here TZ=UTC);
# %I names an address the hosts file names, and prints any other as it is.
export TZ=UTC
"$DTRACE" -qn 'BEGIN { printf("[%Y] [%T] [%25Y|]\n", 1700000000123456789, 1700000000123456789, 0ll); exit(0); }'
name=$(awk '$1 == "127.0.0.1" { print $2; exit }' /etc/hosts)
out=$("$DTRACE" -qn 'BEGIN { printf("%I %I\n", "127.0.0.1", "192.0.2.1"); exit(0); }')
[ "$out" = "${name:-127.0.0.1} 192.0.2.1" ] && echo "%I ok" || echo "%I printed: $out"
