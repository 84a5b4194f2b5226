dtrace
getppid_n

