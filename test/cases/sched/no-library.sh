# The D library (and with it the kernel's BTF) is loaded only for a
# program that uses a translated argument: a sched clause that uses none
# starts without opening /sys/kernel/btf/vmlinux; one that uses args[] does.
btf_opens() {
	strace -f -e trace=open,openat -o /dev/stdout "$DTRACE" "$@" 2> /dev/null |
	    grep -c 'btf/vmlinux'
}
echo "no args: $(btf_opens -e -n 'sched:::off-cpu { trace(pid); }')"
echo "args: $(btf_opens -e -n 'sched:::off-cpu { trace(args[1]->pr_pid); }')"
echo "io args: $(btf_opens -e -n 'io:::start { trace(args[0]->b_bcount); }')"
