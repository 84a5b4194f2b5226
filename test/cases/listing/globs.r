   ID   PROVIDER            MODULE                          FUNCTION NAME
dtrace BEGIN  
dtrace END  
dtrace ERROR  
syscall vmlinux getppid entry
syscall vmlinux getppid return
sdt sched sched_process_exec 
exit status 0
many, twice sdt sched
1
sdt sched sched_switch
-- @@stderr --
