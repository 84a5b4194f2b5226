1 1 1 getppid_n
1

