
  getppid_n                                                         7
exit status 0
dtrace: description 'syscall::getppid:entry ' matched 1 probe
dtrace: pid PID has exited
