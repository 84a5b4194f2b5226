# The "matched" notice for -n names the description as written, up to the
# first '{', '/' or ';': here "BEGIN " with its trailing space.
taskset -c 0 "$DTRACE" -n 'BEGIN { exit(0); }'
echo "exit status $?"
