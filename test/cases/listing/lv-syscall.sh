# -lv of a system call: the entry probe's argument types are those of the
# kernel's syscall tracepoint, the return probe's args[0] is the return
# value.  (IDs depend on the kernel: masked.)
"$DTRACE" -lv -n syscall::openat: | sed -E 's/^ *[0-9]+ /   ID /'
echo "exit status ${PIPESTATUS[0]}"
