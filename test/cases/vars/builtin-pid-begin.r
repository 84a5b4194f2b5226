exit status 0
pid is the dtrace process
