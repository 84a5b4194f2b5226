BEGIN
getppid entry

