   ID   PROVIDER            MODULE                          FUNCTION NAME
    1     dtrace                                                     BEGIN
   ID   PROVIDER            MODULE                          FUNCTION NAME
  239    syscall           vmlinux                           getppid entry
  240    syscall           vmlinux                           getppid return
exit status 1
exit status 1
-- @@stderr --
dtrace: invalid probe specifier syscall::getppid:entry: invalid probe description "syscall::getppid:entry": Overspecified probe description
dtrace: invalid probe specifier 99999: probe description 99999 does not match any probes
