syscall getppid entry
syscall getppid return

