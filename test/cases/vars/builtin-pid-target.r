BEGIN: 0
getppid: 1

