char [16] "getppid_n"
int 0x1
int 0x78

