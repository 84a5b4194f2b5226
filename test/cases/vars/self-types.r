44 getppid_n 100000000 1
calls 3, ts 0

