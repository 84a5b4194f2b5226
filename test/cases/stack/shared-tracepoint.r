
              vmlinux`syscall_trace_enter+0xOFF

              vmlinux`syscall_trace_enter+0xOFF


              vmlinux`syscall_trace_enter+0xOFF
              vmlinux`do_syscall_64+0xOFF
                2
exit status 0
