getppid
getppid
exit_group

