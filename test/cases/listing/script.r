   ID   PROVIDER            MODULE                          FUNCTION NAME
syscall vmlinux getppid entry
sdt sched sched_process_exec 
dtrace BEGIN  
exit status 0
   ID   PROVIDER            MODULE                          FUNCTION NAME
exit status 1
-- @@stderr --
dtrace: failed to compile script l.d: line 1: index 0 is out of range for syscall::getppid:entry args[ ]
