exit status 0
   ID   PROVIDER            MODULE                          FUNCTION NAME
syscall getppid entry
syscall getppid return
-- @@stderr --
