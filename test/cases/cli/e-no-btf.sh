# Kernel types are read from BTF only when a program names one: a program
# of D's own types compiles without opening /sys/kernel/btf/vmlinux, and
# one that uses curthread opens it.
btf_opens() {
	strace -f -e trace=open,openat -o /dev/stdout "$DTRACE" "$@" 2> /dev/null |
	    grep -c 'btf/vmlinux'
}
echo "own types: $(btf_opens -e -n 'struct s { int a; }; BEGIN { trace(sizeof(struct s) + (char)300); }')"
echo "a script: $(btf_opens -e -s ../decl/struct-string-member.d)"
echo "curthread: $(btf_opens -e -n 'BEGIN { trace(curthread->pid); }')"
echo "vmlinux\`struct: $(btf_opens -e -n 'BEGIN { trace(sizeof(vmlinux`struct file)); }')"
