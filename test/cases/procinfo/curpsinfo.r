pid 1 ppid 1 uid 1 gid 1 euid 1 egid 1
fname getppid_n
psargs @@PROGS/getppid_n 2 alpha beta
nlwp 1 dmodel 2 addr 1 zone 0
lwpid 1 state 6 sname O onpro 1 bind -1 -1 name getppid_n
cpu 1 pset -1

